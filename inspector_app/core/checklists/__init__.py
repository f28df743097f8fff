"""Checklists (检查表): versioned TOML definitions, their loader/validator and the `col.checklists`
service. Format: docs/checklist-format.md."""

from inspector_app.core.checklists.errors import (
    ChecklistError, ChecklistSchemaError, ChecklistsNotLoaded, ChecklistSyntaxError, ShippedChecklistsMissing,
)
from inspector_app.core.checklists.loader import load_file, parse
from inspector_app.core.checklists.model import (
    CAMPAIGNS, HAZARD_CATEGORIES, Checklist, Fact, Group, Item, LegalBasis, MajorRule, Reading,
    campaign_label,
)
from inspector_app.core.checklists.service import Checklists, finding, load_all, newest, shipped_dir

__all__ = [
    "CAMPAIGNS", "HAZARD_CATEGORIES", "Checklist", "ChecklistError", "ChecklistSchemaError", "ChecklistSyntaxError",
    "Checklists", "ChecklistsNotLoaded", "Fact", "Group", "Item", "LegalBasis", "MajorRule", "Reading",
    "campaign_label", "finding", "load_all", "load_file", "newest", "parse", "shipped_dir",
    "ShippedChecklistsMissing",
]
