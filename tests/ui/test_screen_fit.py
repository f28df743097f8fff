"""Everything fits a 1366×768 laptop in both languages: the main window's minimum size on every page (with demo
data, a checklist running, an 89-character enterprise name) and every dialog a user can open, as it opens.
Long texts are elided or wrapped instead of widening a window; dialogs are sized for the screen they are on."""

from __future__ import annotations

import io

import pytest

from tests.ui.conftest import close_window

SCREEN = (1366, 768)
ROOM = (SCREEN[0] - 16, SCREEN[1] - 60)     # less the window frame, the title bar and the taskbar
LONG_NAME = "示例市" + "宏达精细化工新材料科技研发制造及进出口贸易" * 4 + "有限公司"


def fits(size) -> bool:
    return size.width() <= ROOM[0] and size.height() <= ROOM[1]


def cut_short(widget) -> list[str]:
    """Column headers and tab titles of `widget` (as laid out now) that do not fit: "erson in charg", "Five m▸"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView, QTabBar
    out = []
    for header in widget.findChildren(QHeaderView):
        if header.orientation() != Qt.Horizontal or not header.isVisible():
            continue
        model = header.model()
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            need = header.sectionSizeFromContents(i).width()
            if header.sectionSize(i) < need:
                out.append(f"column {model.headerData(i, Qt.Horizontal)!r}: {header.sectionSize(i)} < {need}")
    for bar in widget.findChildren(QTabBar):
        if bar.isVisible() and bar.sizeHint().width() > bar.width():
            out.append(f"tabs {[bar.tabText(i) for i in range(bar.count())]}: {bar.width()} < {bar.sizeHint().width()}")
    return out


@pytest.fixture(params=["zh_CN", "en"])
def lang(request, qapp):
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    set_language("zh_CN")


@pytest.fixture
def laptop_screen(monkeypatch):
    """The screen the dialogs size themselves for is a 1366×768 laptop (the offscreen test screen is 800×800)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, *SCREEN))


@pytest.fixture
def demo(col):
    """The small demo (enterprises, inspections, hazards in every state, issued notices) plus an enterprise
    whose name is 89 characters long."""
    from inspector_app.core import uscc
    from inspector_app.core.demo import generate
    generate(col, "small", 1)
    col.long_name_id = col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": LONG_NAME,
                                            "uscc": uscc.make("91370882MA3C4E5F7"),
                                            "risk_tags": ["涉有限空间", "涉动火作业"]}).id
    return col


def test_every_page_fits_with_data_and_a_running_checklist(qtbot, demo, lang):
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(demo)
    try:
        win.show()
        for cls in win.specs:
            win.show_page(cls.key)
            assert fits(win.minimumSizeHint()), (lang, cls.key, win.minimumSizeHint())
        win.resize(*SCREEN)                    # maximised on the laptop: headers and tabs are not cut, nothing
                                               # scrolls sideways
        for cls in win.specs:
            page = win.show_page(cls.key)
            qtbot.wait(10)
            assert not cut_short(page), (lang, cls.key, cut_short(page))
            assert not clipped_cells(page), (lang, cls.key, clipped_cells(page))
            assert not sideways(page), (lang, cls.key, sideways(page))
        enterprises = win.show_page("enterprises")
        enterprises.search.setText(LONG_NAME[:12])
        enterprises.apply_filters()
        enterprises.table.selectRow(0)
        assert fits(win.minimumSizeHint()), (lang, "enterprise detail", win.minimumSizeHint())
        page = win.show_page("inspection")
        page.choose_enterprise(demo.long_name_id)
        for box in page.check_boxes:
            box.setChecked(True)               # every shipped checklist (their longest titles and questions)
        assert fits(win.minimumSizeHint()), (lang, "inspection start", win.minimumSizeHint())
        page.start()
        assert page.items, "the visit is running"
        tallest = 0
        for pos in range(len(page.items)):     # every item, the readings among them
            page.go(pos)
            assert fits(win.minimumSizeHint()), (lang, "item", pos, win.minimumSizeHint())
            tallest = max(tallest, win.minimumSizeHint().height())
        # some room to spare (a longer translation, a taller font): 3 positions × 4 gases once left only 6 px
        assert tallest <= ROOM[1] - 16, (lang, "the tallest item needs", tallest, "of", ROOM[1])
    finally:
        close_window(win)


def _photo(size=(4000, 3000)) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", size, (90, 110, 120)).save(buf, "JPEG")
    return buf.getvalue()


def _dialogs(col, parent):
    """(name, dialog) for every dialog of ours, built the way the pages build them, with demo content."""
    from inspector_app.ui.dialogs.choose_hazards import ChooseHazardsDialog
    from inspector_app.ui.dialogs.deadlines import DeadlinesDialog
    from inspector_app.ui.dialogs.enterprise_form import EnterpriseDialog
    from inspector_app.ui.dialogs.first_start import FirstStartDialog
    from inspector_app.ui.dialogs.hazard_review import HazardReviewDialog
    from inspector_app.ui.dialogs.register_import import RegisterImportDialog
    from inspector_app.ui.dialogs.signing_key import CreateKeyDialog
    from inspector_app.ui.pages.hazard_actions import HazardActionsDialog
    from inspector_app.ui.widgets.district_month import ComplaintDialog, DrawDialog
    from inspector_app.ui.widgets.photos import PhotoStrip
    from inspector_app.ui.widgets.signature_pad import SignatureDialog
    hazard_ids = [r[0] for r in col.db.execute("SELECT id FROM hazards ORDER BY length(description) DESC LIMIT 6")]
    hazards = [col.hazards.get(h) for h in hazard_ids]
    insp = col.db.execute("SELECT id, enterprise_id FROM inspections LIMIT 1").fetchone()
    proposals = [{"enterprise_id": insp[1], "inspection_id": insp[0], "place": "污水处理池与配电室之间的地下管廊",
                  "severity": "major", "category": "B09", "description": h["description"] * 2,
                  "measure": "立即停止作业，全面辨识有限空间并设置警示标志，建立台账", "deadline": "",
                  "legal_basis": "《中华人民共和国安全生产法》第四十一条第一款；《工贸企业有限空间作业安全规定》第六条"}
                 for h in hazards]
    strip = PhotoStrip(parent)
    photo = col.attachments.import_photo(_photo(), "IMG_0001.jpg")
    strip.set_photos(col, [photo])
    townships = col.townships.all()
    yield "enterprise form", EnterpriseDialog(col, col.long_name_id, parent)
    yield "new enterprise", EnterpriseDialog(col, None, parent)
    yield "hazard review", HazardReviewDialog(col, insp[0], proposals, parent)
    yield "hazard actions", HazardActionsDialog(col, hazard_ids[0], parent)
    yield "deadlines", DeadlinesDialog(hazards, parent)
    yield "choose hazards", ChooseHazardsDialog(hazards, parent)
    from PySide6.QtCore import QCoreApplication
    signature = SignatureDialog(QCoreApplication.translate("DocumentsPage", "企业负责人"), allow_refusal=True,
                                parent=parent)
    signature.refused.setChecked(True)
    yield "signature with refusal", signature
    yield "create key", CreateKeyDialog(col, parent)
    yield "first start", FirstStartDialog(col, parent)
    yield "register import", RegisterImportDialog(col, parent)
    yield "draw", DrawDialog(townships, parent)
    yield "complaint", ComplaintDialog(townships, None, parent)
    yield "photo", strip.photo_dialog(photo)
    from PySide6.QtPrintSupport import QPrinter
    from inspector_app.ui.pages.documents import DocumentsPage
    documents = DocumentsPage(col, parent)
    yield "print preview", documents.print_preview(QPrinter(), [])


def too_small(dialog) -> list[str]:
    """Where `dialog` (as laid out now) is smaller than its content: the dialog below its layout's size hint
    (height for its width) where the screen has room; a box, form or tab page below its layout's minimum (its
    widgets overlap or are cut)."""
    from PySide6.QtWidgets import QTabWidget, QWidget
    out = []
    lay = dialog.layout()
    hint = lay.totalSizeHint()
    want_h = lay.totalHeightForWidth(dialog.width()) if lay.hasHeightForWidth() else hint.height()
    if dialog.width() < min(hint.width(), ROOM[0]) or dialog.height() < min(want_h, ROOM[1]):
        out.append(f"dialog {dialog.width()}×{dialog.height()} < content {hint.width()}×{want_h}")

    def squeezed(where: str) -> None:
        for w in [dialog, *dialog.findChildren(QWidget)]:
            inner = w.layout()
            if inner is None or not w.isVisible():
                continue
            need = inner.totalMinimumSize()
            if w.width() < need.width() or w.height() < need.height():
                out.append(f"{where}{type(w).__name__} {w.objectName()} {w.width()}×{w.height()} < {need.width()}×"
                           f"{need.height()}")
    squeezed("")
    for tabs in dialog.findChildren(QTabWidget):       # every tab page as the user opens it
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            tabs.widget(i).layout() and tabs.widget(i).layout().activate()
            squeezed(f"tab {tabs.tabText(i)!r}: ")
        tabs.setCurrentIndex(current)
    return out


def sideways(widget) -> list[str]:
    """Lists and tables of `widget` (as laid out now) that scroll sideways: a column or a line out of view."""
    from PySide6.QtWidgets import QAbstractItemView
    return [f"{type(v).__name__} {v.objectName()}: {v.horizontalScrollBar().maximum()} px"
            for v in widget.findChildren(QAbstractItemView)
            if v.isVisible() and v.horizontalScrollBar().maximum() > 0]


def clipped_cells(widget) -> list[str]:
    """Editors and pickers placed in table cells (severity combo, date field) that do not fit their cell: wider
    or taller than the cell, or narrower than they need."""
    from PySide6.QtWidgets import QTableView
    out = []
    for view in widget.findChildren(QTableView):
        model = view.model()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                editor = view.indexWidget(model.index(r, c))
                if editor is None or view.isColumnHidden(c):
                    continue
                need = max(editor.minimumSizeHint().width(), editor.minimumWidth())
                if editor.width() > view.columnWidth(c) or need > view.columnWidth(c) or \
                        editor.height() > view.rowHeight(r):
                    out.append(f"{type(editor).__name__} in row {r} column {c}: {editor.width()}×{editor.height()} "
                               f"(needs {need}) in a {view.columnWidth(c)}×{view.rowHeight(r)} cell")
    return out


def test_every_dialog_fits_as_it_opens(qtbot, demo, lang, laptop_screen):
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    for name, dlg in _dialogs(demo, parent):
        dlg.show()
        qtbot.wait(10)
        seen.append(name)
        assert fits(dlg.size()), (lang, name, "opens at", dlg.size())
        assert fits(dlg.minimumSizeHint()), (lang, name, "needs", dlg.minimumSizeHint())
        assert not cut_short(dlg), (lang, name, cut_short(dlg))
        assert not too_small(dlg), (lang, name, too_small(dlg))
        assert not clipped_cells(dlg), (lang, name, clipped_cells(dlg))
        assert not sideways(dlg), (lang, name, sideways(dlg))
        dlg.close()
    assert len(seen) == 14


def test_about_box_fits(qtbot, demo, lang, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from inspector_app.ui.pages.settings import SettingsPage
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.sizeHint(), box.text())) or 0)
    page = SettingsPage(demo)
    qtbot.addWidget(page)
    page.show_about()
    (hint, text), = shown
    assert str(demo.data_dir) in text and fits(hint)


def test_column_widths_are_remembered_per_language(qtbot, col, qapp):
    """Widths a Chinese session saved do not cut the English labels of the next session (and come back in
    Chinese)."""
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    from inspector_app.ui.main_window import MainWindow

    def ledger_width(lang: str, set_to: int | None = None) -> int:
        translators = install_translators(qapp, lang)
        win = MainWindow(col)
        try:
            win.show()
            header = win.show_page("hazards").view.horizontalHeader()
            if set_to is not None:
                header.resizeSection(6, set_to)            # 状态, narrowed by the user
            width = header.sectionSize(6)
            win.close()                                    # saves the state
            return width
        finally:
            close_window(win)
            remove_translators(qapp, translators)
            set_language("zh_CN")
    english = ledger_width("en")
    assert ledger_width("zh_CN", set_to=40) == 40
    assert ledger_width("en") == english > 40               # "Awaiting re-inspection" is not cut to 40 px
    assert ledger_width("zh_CN") == 40


def test_a_cell_cut_short_shows_its_whole_text_as_tooltip(qtbot, demo):
    from PySide6.QtWidgets import QStyleOptionViewItem
    from inspector_app.ui.pages.hazards_ledger import HazardsPage
    page = HazardsPage(demo)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    page.refresh()
    view, delegate = page.view, page.view.itemDelegate()
    long_row = max(range(page.model.rowCount()), key=lambda r: len(page.model.index(r, 4).data()))

    def tooltip(column: int):
        index = page.model.index(long_row, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.widget = view
        return delegate.elided_text(option, index)
    assert tooltip(4) == page.model.index(long_row, 4).data()      # the description, cut in its column
    assert tooltip(1) is None                                      # a date fits: no tooltip


def _ledger_on_the_laptop(qtbot, col):
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(col)
    win.resize(*SCREEN)                    # maximised on the laptop
    win.show()
    page = win.show_page("hazards")
    qtbot.wait(10)
    return win, page


def test_the_ledger_fits_the_laptop_without_scrolling_sideways(qtbot, demo, lang):
    """Every column of the ledger is in view at 1366 px (hazards of several townships: the township column
    shows); the description takes what is left, and an overdue deadline carries the mark."""
    from PySide6.QtCore import Qt
    from inspector_app.ui.pages.hazards_ledger import DEADLINE, DESCRIPTION, ENTERPRISE, OVERDUE, TOWNSHIP
    win, page = _ledger_on_the_laptop(qtbot, demo)
    try:
        view, header = page.view, page.view.horizontalHeader()
        assert not view.isColumnHidden(TOWNSHIP), "the demo's hazards come from several townships"
        assert view.horizontalScrollBar().maximum() == 0, (lang, header.length(), view.viewport().width())
        assert header.length() <= view.viewport().width()
        assert not cut_short(page), (lang, cut_short(page))
        assert header.sectionSize(DESCRIPTION) >= 120, (lang, header.sectionSize(DESCRIPTION))
        assert header.sectionSize(DESCRIPTION) > header.sectionSize(ENTERPRISE), lang   # the longer text
        assert view.isColumnHidden(OVERDUE)
        page.overdue.setChecked(True)
        index = page.model.index(0, DEADLINE)
        assert page.model.data(index, Qt.DecorationRole) is not None
        assert page.model.data(index, Qt.ToolTipRole).startswith(page.model.data(index))
    finally:
        close_window(win)


def test_a_ledger_of_one_township_leaves_out_the_township_column(qtbot, col, enterprise, lang):
    """The township column's room goes to the description (the longest text), not to the enterprise."""
    from inspector_app.ui.pages.hazards_ledger import DESCRIPTION, ENTERPRISE, TOWNSHIP
    col.hazards.create({"enterprise_id": enterprise["id"], "description": "未设置警示标志" * 8, "deadline": "2020-01-31"})
    win, page = _ledger_on_the_laptop(qtbot, col)
    try:
        header = page.view.horizontalHeader()
        assert page.view.isColumnHidden(TOWNSHIP)
        assert page.view.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(DESCRIPTION) >= 200, (lang, header.sectionSize(DESCRIPTION))
        assert header.sectionSize(DESCRIPTION) >= 1.8 * header.sectionSize(ENTERPRISE), (
            lang, header.sectionSize(DESCRIPTION), header.sectionSize(ENTERPRISE))
    finally:
        close_window(win)


def test_the_enterprise_list_shows_every_column_beside_the_detail(qtbot, demo, lang):
    from inspector_app.ui.main_window import MainWindow
    win = MainWindow(demo)
    try:
        win.resize(*SCREEN)
        win.show()
        page = win.show_page("enterprises")
        page.table.selectRow(0)
        qtbot.wait(10)
        assert page.table.horizontalScrollBar().maximum() == 0, (lang, page.table.horizontalHeader().length(),
                                                                  page.table.viewport().width())
        assert page.table.columnWidth(2) >= 80, (lang, "address", page.table.columnWidth(2))
        assert not cut_short(page), (lang, cut_short(page))
    finally:
        close_window(win)


def test_the_document_list_fits_after_documents_are_issued(qtbot, col, enterprise, signing, lang):
    """文书 at 1366 px with an issued record and notice: the list does not scroll sideways; each document takes
    two lines (type; state and 文号) that are in view whole, and elide in the middle when the column is narrow."""
    import datetime as dt
    from PIL import Image
    from PySide6.QtCore import Qt
    from inspector_app.ui.main_window import MainWindow
    insp = col.inspections.start(enterprise["id"], inspector2_name="王芳", inspector2_cert="37088120002").id
    col.hazards.create({"enterprise_id": enterprise["id"], "inspection_id": insp, "description": "未设置警示标志",
                        "deadline": (dt.date.today() + dt.timedelta(days=10)).isoformat()})
    col.inspections.complete(insp)
    buf = io.BytesIO()
    Image.new("RGBA", (200, 80), (0, 0, 0, 255)).save(buf, "PNG")
    for kind in ("inspection_record", "rectification_notice"):
        doc = col.documents.draft(kind, inspection_id=insp).id
        for role in ("inspector1", "inspector2", "enterprise"):
            col.documents.set_signature(doc, role, buf.getvalue())
        col.documents.issue(doc, "secret123")
    win = MainWindow(col)
    try:
        win.resize(*SCREEN)
        win.show()
        page = win.show_page("documents")
        page.select_inspection(insp)
        qtbot.wait(10)
        docs = page.docs
        assert docs.count() == 2 and not sideways(page), (lang, sideways(page))
        room = docs.viewport().width() - 2 * docs.spacing() - 8       # less the item's margins
        for i in range(docs.count()):
            item = docs.item(i)
            kind, state = item.text().split("\n")
            assert col.documents.get(item.data(Qt.UserRole))["doc_no"] in state
            for line in (kind, state):
                assert docs.fontMetrics().horizontalAdvance(line) <= room, (lang, line, room)
            assert item.toolTip() == f"{kind} · {state}"
        assert docs.textElideMode() == Qt.ElideMiddle                   # a narrower column keeps the number
        qtbot.waitUntil(lambda: bool(page.images), timeout=5000)
        qtbot.wait(10)
        assert page.preview.verticalScrollBar().maximum() > 0           # a page is taller than the pane...
        assert page.preview.horizontalScrollBar().maximum() == 0, lang   # ...but as wide as it
    finally:
        close_window(win)
