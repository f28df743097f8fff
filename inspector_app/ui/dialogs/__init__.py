"""Dialogs used by the pages."""
