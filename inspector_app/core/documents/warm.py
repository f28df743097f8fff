"""Load the document stack ahead of need: the GUI runs `warm()` on a background thread once the main
window is up, so the first document of a session is issued as quickly as later ones."""

from __future__ import annotations

import io
from typing import Any


def warm(col: Any = None) -> None:
    """Import reportlab, pyHanko, qrcode and pypdfium2 and register the CJK font (parsing it is the
    largest part); draw one line with it so reportlab's font caches are filled; with a collection, also
    load its checklists (a document's legal bases come from them). Idempotent."""
    import pypdfium2  # noqa: F401 - preview and printing
    import qrcode  # noqa: F401
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: F401
    from pyhanko.sign import fields, signers  # noqa: F401
    from pyhanko_certvalidator.registry import SimpleCertificateStore  # noqa: F401
    from reportlab.pdfgen import canvas

    from inspector_app.core.documents import render  # noqa: F401
    from inspector_app.core.documents.fonts import register

    font = register()
    c = canvas.Canvas(io.BytesIO())
    c.setFont(font, 10)
    c.drawString(10, 10, "安全生产检查")
    c.save()
    if col is not None:
        col.checklists.available()
