"""Demo data: seeded, fictional townships, enterprises, ledgers, inspections and hazards."""

from inspector_app.core.demo.generator import SCALES, DemoResult, existing_data, generate

__all__ = ["SCALES", "DemoResult", "existing_data", "generate"]
