"""Domain and storage. Never imports PySide6 (tests/core/test_core_boundary.py enforces it)."""
