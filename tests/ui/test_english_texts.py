"""The English window speaks English: every translation uses ASCII punctuation, and no page or dialog shows a
Chinese label, button, heading, column or tab (the enterprises, names and places of the data stay as typed)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.conftest import close_window
from tests.ui import test_screen_fit as screen_fit
from tests.ui.test_screen_fit import _dialogs

demo, laptop_screen = screen_fit.demo, screen_fit.laptop_screen      # the same fixtures as the screen-fit tests

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")
FULL_WIDTH = "（）：，。；"
# Chinese an English label keeps on purpose: a term after its English ("Unannounced (四不两直)"), the name of
# the language in the language chooser.
GLOSSARY = ("四不两直", "、", "中文")


def full_width_marks(text: str) -> list[str]:
    """Full-width punctuation in an English text, except brackets around a Chinese term quoted in it
    ("乡镇（街道）" in a list of the register's Chinese headers)."""
    out = []
    for i, ch in enumerate(text):
        if ch not in FULL_WIDTH:
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "（" and CJK.match(before or " ") and CJK.match(after or " "):
            continue
        if ch == "）" and CJK.match(before or " "):
            continue
        out.append(f"{ch!r} at {i}")
    return out


def test_full_width_marks_are_found():
    assert full_width_marks("Inspections（3）") and full_width_marks("Name：") and full_width_marks("a，b")
    assert full_width_marks("Done。") and full_width_marks("x；y")
    assert not full_width_marks("Columns: 企业名称, 乡镇（街道）, 地址.")


def test_english_translations_use_ascii_punctuation():
    bad = []
    for ctx in ET.parse(ROOT / "i18n" / "inspector_en.ts").getroot():
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            texts = [tr.text or ""] + [n.text or "" for n in tr.findall("numerusform")]
            for text in texts:
                if full_width_marks(text):
                    bad.append((ctx.findtext("name"), msg.findtext("source"), text, full_width_marks(text)))
    assert not bad, bad


def chinese(text: str) -> bool:
    for term in GLOSSARY:
        text = text.replace(term, "")
    text = re.sub(r"e\.g\. \S+", "", text)            # an example of what the user types or the document prints
    return bool(CJK.search(text)) or bool(full_width_marks(text))


def chrome(widget) -> list[str]:
    """The texts of `widget` and its children that the program writes (not the data): buttons, check boxes,
    group titles, tabs, column headers, form labels, menus, placeholders, window titles."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QFormLayout, QGroupBox, QLabel, QLineEdit,
                                   QMenu, QTabBar, QTabWidget)
    out = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QAbstractButton)]:
        if isinstance(w, QAbstractButton):
            out.append(w.text())
    out += [g.title() for g in widget.findChildren(QGroupBox)]
    for bar in widget.findChildren(QTabBar):
        out += [bar.tabText(i) for i in range(bar.count())]
    for tabs in widget.findChildren(QTabWidget):
        out += [tabs.tabText(i) for i in range(tabs.count())]
    # A placeholder wholly in Chinese is a sample of what the Chinese document prints (应急检记, 示例区人民政府).
    out += [e.placeholderText() for e in widget.findChildren(QLineEdit) if re.search("[A-Za-z]", e.placeholderText())]
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                out.append(item.widget().text())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and hasattr(view, "horizontalHeader"):
            out += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    for menu in widget.findChildren(QMenu):
        out += [a.text() for a in menu.actions()]
    return [t for t in out if t]


@pytest.fixture
def english(qapp):
    from inspector_app.core.i18n import set_language
    from inspector_app.ui.app import install_translators, remove_translators
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)
    set_language("zh_CN")


def test_every_page_and_dialog_is_in_english(qtbot, demo, english, laptop_screen):
    from PySide6.QtWidgets import QWidget
    from inspector_app.ui.main_window import MainWindow
    found = []
    win = MainWindow(demo)
    try:
        win.show()
        for cls in win.specs:
            page = win.show_page(cls.key)
            qtbot.wait(10)
            found += [(cls.key, t) for t in chrome(page) if chinese(t)]
        found += [("menus", t) for t in chrome(win.menuBar()) if chinese(t)]
    finally:
        close_window(win)
    parent = QWidget()
    qtbot.addWidget(parent)
    for name, dlg in _dialogs(demo, parent):
        found += [(name, t) for t in chrome(dlg) if chinese(t)]
        dlg.close()
    assert not found, "\n".join(map(repr, found))


def test_enterprise_detail_is_in_english(demo, english):
    """Headings, field names and ledger columns of the enterprise detail (the data stays as typed)."""
    from inspector_app.ui.pages.enterprises import enterprise_detail_html
    ids = [r[0] for r in demo.db.execute("SELECT id FROM enterprises")]
    for eid in ids:
        html = enterprise_detail_html(demo, eid)
        labels = re.findall(r"<(h3|th|b)>(.*?)</\1>", html)
        assert labels
        bad = [text for _tag, text in labels if chinese(text)]
        assert not bad, bad


def data_vocabulary(col) -> str:
    """Every text the data holds (database, checklist files): Chinese that comes from here is data, not UI."""
    parts = []
    tables = [r[0] for r in col.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        try:
            rows = col.db.execute(f'SELECT * FROM "{table}"').fetchall()
        except Exception:
            continue
        parts += [str(v) for row in rows for v in row if isinstance(v, str) and CJK.search(v)]
    for path in (ROOT / "resources" / "checklists").glob("*.toml"):
        parts.append(path.read_text(encoding="utf-8"))
    from inspector_app.core.documents.service import DEFAULT_SETTINGS   # what the documents print by default
    from inspector_app.core.register_import import HEADERS              # the Chinese headers of a register file
    parts.append(json.dumps([DEFAULT_SETTINGS, HEADERS], ensure_ascii=False))
    return "\n".join(parts)


def shown_texts(widget, cells: bool = True) -> list[str]:
    """What `widget` shows as text: labels (rich text as plain), list and table cells, combo items, text views."""
    import html as html_lib
    from PySide6.QtCore import QAbstractListModel, Qt
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QTextBrowser
    out = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if label.textFormat() != Qt.PlainText and "<" in text:
            text = html_lib.unescape(re.sub(r"<[^>]+>", " ", text))
        out.append(text)
    for browser in widget.findChildren(QTextBrowser):
        out.append(browser.toPlainText())
    for combo in widget.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(min(combo.count(), 50))]
    for view in widget.findChildren(QAbstractItemView) if cells else ():
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for r in range(min(model.rowCount(), 30)):
            for c in range(columns):
                out.append(str(model.index(r, c).data() or ""))
    return [t for t in out if t]


def unknown_chinese(texts: list[str], vocabulary: str) -> list[str]:
    """Runs of Chinese characters in `texts` that the data does not hold: UI text left untranslated."""
    bad = []
    for text in texts:
        for term in GLOSSARY:
            text = text.replace(term, " ")
        bad += [f"{run!r} in {text[:80]!r}" for run in re.findall(r"[\u3400-\u9fff]+", text) if run not in vocabulary]
    return bad


def test_no_untranslated_text_on_any_page_or_dialog(qtbot, demo, english, laptop_screen):
    from PySide6.QtWidgets import QWidget
    from inspector_app.ui.main_window import MainWindow
    vocabulary = data_vocabulary(demo)
    found = []
    win = MainWindow(demo)
    try:
        win.show()
        for cls in win.specs:
            page = win.show_page(cls.key)
            qtbot.wait(10)
            found += [(cls.key, t) for t in unknown_chinese(shown_texts(page), vocabulary)]
        enterprises = win.show_page("enterprises")
        enterprises.table.selectRow(0)
        found += [("enterprise detail", t) for t in unknown_chinese(shown_texts(enterprises), vocabulary)]
        page = win.show_page("inspection")
        page.choose_enterprise(demo.long_name_id)
        for box in page.check_boxes:
            box.setChecked(True)
        page.start()
        for pos in range(len(page.items)):           # every item of every checklist, the readings among them
            page.go(pos)
            found += [(f"item {pos}", t) for t in unknown_chinese(shown_texts(page.stack.currentWidget()), vocabulary)]
    finally:
        close_window(win)
    parent = QWidget()
    qtbot.addWidget(parent)
    for name, dlg in _dialogs(demo, parent):
        # the hazard review's cells are the test's own proposals (every cell is the user's to edit)
        texts = shown_texts(dlg, cells=name != "hazard review")
        found += [(name, t) for t in unknown_chinese(texts, vocabulary)]
        dlg.close()
    assert not found, "\n".join(map(repr, found))
