"""Documents page wiring: draft, sign with synthetic strokes (and a refusal with witness), issue with the
password, save PDF, print at A4, void and reissue."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPointF


@pytest.fixture
def documents(col):
    """The API-shaped fake recording signatures and passwords (replaces col.documents): this test checks the
    page's wiring; the documents service's own tests check PDFs and signatures."""
    from tests.ui.fakes import FakeDocuments
    col.documents = FakeDocuments(col)
    return col.documents


def sign_with_strokes(monkeypatch, refuse_witness=None):
    from inspector_app.ui.widgets import signature_pad

    def fake_exec(dlg):
        pad = dlg.pad
        pad.begin_stroke(QPointF(20, 80))
        for x in range(20, 300, 15):
            pad.extend_stroke(QPointF(x, 80 + (x % 45)))
        pad.end_stroke()
        if refuse_witness:
            dlg.refused.setChecked(True)
            dlg.witness.setText(refuse_witness)
        dlg._accept()
        return dlg.result()

    monkeypatch.setattr(signature_pad.SignatureDialog, "exec", fake_exec)


def test_draft_sign_issue_pdf_print_void_reissue(qtbot, col, enterprise, window, documents, monkeypatch, tmp_path):
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳").id
    page = window.show_page("documents")
    page.select_inspection(insp)
    assert not page.buttons["issue"].isEnabled()
    page.action("draft_record")
    assert page.doc_id and page.buttons["issue"].isEnabled()
    assert page.preview_layout.count() == 1 and len(page.images) == 1   # one A4 page previewed
    sign_with_strokes(monkeypatch)
    page.action("sign_inspector1")
    png, witness = documents.signatures[(page.doc_id, "inspector1")]
    assert Image.open(io.BytesIO(png)).mode == "RGBA" and witness is None
    sign_with_strokes(monkeypatch, refuse_witness="赵敏")
    page.action("sign_enterprise")
    assert documents.signatures[(page.doc_id, "enterprise")][1] == "赵敏"
    from PySide6.QtWidgets import QFileDialog, QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("secret123", True)))
    page.action("issue")
    assert documents.passwords == ["secret123"]
    assert col.db["documents"].get(page.doc_id)["state"] == "issued"
    assert not page.buttons["sign_inspector1"].isEnabled() and page.buttons["void"].isEnabled()
    out = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.action("pdf")
    assert out.read_bytes().startswith(b"%PDF")
    # Printing draws the page images onto a full-page A4 printer (here: Qt's PDF output).
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from inspector_app.ui.pages.documents import paint_pages
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    paint_pages(printer, page.images)
    assert printed.stat().st_size > 0
    page_mm = printer.pageLayout().fullRect(printer.pageLayout().Unit.Millimeter)
    assert round(page_mm.width()) == 210 and round(page_mm.height()) == 297
    voided = page.doc_id
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("企业名称写错", True)))
    page.action("void")
    assert col.db["documents"].get(voided)["state"] == "voided"
    page.action("reissue")
    assert page.doc_id != voided and page.docs.count() == 2
