"""File names the app suggests when saving (exports, document PDFs)."""

from __future__ import annotations

import re
from typing import Any

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')   # not allowed on Windows, or a path separator


def safe_file_name(text: str, limit: int = 120) -> str:
    """`text` usable as a file name on Windows, macOS and Linux: unsafe characters become '_', no trailing
    dots or spaces, at most `limit` characters. Chinese characters and brackets such as 〔〕 stay."""
    name = _UNSAFE.sub("_", text).strip().rstrip(". ")
    return name[:limit].rstrip(". ") or "export"


def with_extension(path: str, ext: str) -> str:
    """Append `.ext` when the chosen path does not already end in it (any case): a user typing
    "notice1" in a save dialog gets notice1.pdf."""
    ext = ext.lstrip(".")
    return path if path.lower().endswith("." + ext.lower()) else f"{path}.{ext}"


def document_file_name(title: str, doc_no: str | None, enterprise: str = "") -> str:
    """An issued document is named by its 文号 and title; a draft by its title, enterprise and 草稿."""
    if doc_no:
        return safe_file_name(f"{doc_no}{title}") + ".pdf"
    return safe_file_name(f"{title}（草稿）_{enterprise}" if enterprise else f"{title}（草稿）") + ".pdf"


def for_document(col: Any, doc_id: str) -> str:
    """The suggested file name of a document: its 文号 and title once issued."""
    from inspector_app.core.documents.render import TITLES
    doc = col.documents.get(doc_id)
    row = col.db.execute("SELECT name FROM enterprises WHERE id = ?", [doc["enterprise_id"]]).fetchone()
    return document_file_name(TITLES.get(doc["doc_type"], doc["doc_type"]),
                              doc["doc_no"] if doc["state"] == "issued" else None, row[0] if row else "")
