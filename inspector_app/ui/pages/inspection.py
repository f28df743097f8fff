"""检查: start a visit (enterprise, second inspector, place, checklists suggested by risk tags), answer
item by item with autosave, then review the proposed hazards and create them.

Keyboard (the whole visit without the mouse): 1 符合 / 3 不适用 answer and go to the next item; 2 不符合 answers
and puts the cursor in the note; in the note Enter (or Ctrl+Enter) keeps it and goes on, Shift+Enter starts a
new line, Esc leaves the note; in a reading Enter (or Tab) goes to the next reading, then to the next item; in the
grid of an item measured at several positions (上/中/下部) a row at a time, ↑/↓ to the same reading at the next
position; Enter on an item goes on; Esc goes back to the list; after the last item a bar asks to finish (Enter)
or stay (Esc). Each reading is judged as it is typed; an out-of-limit value is marked and named at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from inspector_app.ui import theme
from inspector_app.core.errors import InspectorError
from inspector_app.core.i18n import language, pick
from inspector_app.ui import errors
from inspector_app.ui.checklist_text import item_text
from inspector_app.ui.pages.base import Page, heading
from inspector_app.ui.widgets.elided_label import ElidedLabel
from inspector_app.ui.widgets.empty_state import EmptyHint
from inspector_app.ui.widgets.photos import PhotoStrip
from inspector_app.ui.widgets.reading_grid import ReadingGrid
from inspector_app.ui.workers import Latest, background, db_op
from inspector_app.core.clock import local_text

RESULT_KEYS = ("complies", "fails", "not_applicable")


def _zh_en(zh: str, en: str) -> str:
    return en if language() == "en" and en else zh


class InspectionPage(Page):

    def __init__(self, col, parent=None):
        super().__init__(col, parent)
        self.inspection_id: str | None = None
        self.completed = False
        self.amend_reason: str | None = None
        self.checklists: list = []
        self.items: list[tuple] = []      # (checklist, item)
        self.answers: dict[tuple[str, str], dict] = {}
        self.pos = 0
        self.progress_bars: dict = {}
        lay = QVBoxLayout(self)
        self.title_label = ElidedLabel(self.tr("检查"))      # a long enterprise name must not widen the page
        self.title_label.setStyleSheet(heading("").styleSheet())
        lay.addWidget(self.title_label)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_start())
        self.stack.addWidget(self._build_answer())
        self.openings = Latest(self)      # the newest inspection opened is the one shown
        self._importing = 0               # photo imports whose answers are not queued yet
        self._after_import: dict = {}     # what waits for them: finishing, abandoning (each once)

    # -- start -------------------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        box = QGroupBox(self.tr("开始新的检查"))
        form = QFormLayout(box)
        self.enterprise = QComboBox()
        self.enterprise.setEditable(True)
        self.enterprise.setInsertPolicy(QComboBox.NoInsert)
        self.enterprise.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)   # long names
        self.enterprise.setMinimumContentsLength(24)                                           # do not widen
        self.enterprise.completer().setFilterMode(Qt.MatchContains)
        self.enterprise.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.enterprise.currentIndexChanged.connect(lambda _i: self._suggest_checklists())
        self.inspector2 = QLineEdit()
        self.inspector2.setPlaceholderText(self.tr("输入或选择同事"))
        self.inspector2_cert = QLineEdit()
        self.colleague_completer = QCompleter([], self.inspector2)
        self.colleague_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.colleague_completer.setFilterMode(Qt.MatchContains)
        self.inspector2.setCompleter(self.colleague_completer)
        self.inspector2.textChanged.connect(self._colleague_chosen)
        self.place = QLineEdit()
        # 检查类别 and 四不两直; a planned inspection from 今日 sets both from its plan.
        self.kind = QComboBox()
        for key, text in (("planned", self.tr("计划")), ("special", self.tr("专项")),
                          ("reinspection", self.tr("复查")), ("random", self.tr("双随机")),
                          ("complaint", self.tr("举报核查"))):
            self.kind.addItem(text, key)
        # A short box label and the meaning beside it, wrapped: the long text must not set the form's width.
        self.unannounced = QCheckBox(self.tr("四不两直"))
        meaning = self.tr("不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场")
        self.unannounced.setToolTip(meaning)
        unannounced_meaning = QLabel(meaning)
        unannounced_meaning.setWordWrap(True)
        unannounced_meaning.setBuddy(self.unannounced)
        unannounced_row = QHBoxLayout()
        unannounced_row.addWidget(self.unannounced, 0, Qt.AlignTop)
        unannounced_row.addWidget(unannounced_meaning, 1, Qt.AlignTop)
        self.checklist_box = QVBoxLayout()
        self.checklist_grid = QGridLayout()
        self.no_checklists = QLabel()
        self.no_checklists.setWordWrap(True)
        self.checklist_box.addWidget(self.no_checklists)
        self.checklist_box.addLayout(self.checklist_grid)
        self.start_btn = QPushButton(self.tr("开始检查"))
        self.start_btn.setMinimumHeight(40)
        self.start_error = QLabel()
        self.start_error.setStyleSheet(theme.style("error"))
        form.addRow(self.tr("被检查企业"), self.enterprise)
        form.addRow(self.tr("第二检查员"), self.inspector2)
        form.addRow(self.tr("第二检查员证号"), self.inspector2_cert)
        form.addRow(self.tr("检查场所"), self.place)
        form.addRow(self.tr("检查类别"), self.kind)
        form.addRow("", unannounced_row)
        form.addRow(self.tr("检查表（按风险标签推荐）"), self.checklist_box)
        form.addRow("", self.start_error)
        form.addRow("", self.start_btn)
        self.start_btn.clicked.connect(self.start)
        for edit in (self.enterprise.lineEdit(), self.inspector2, self.inspector2_cert, self.place):
            edit.returnPressed.connect(lambda e=edit: self._return_in_form(e))
        lay.addWidget(box, 3)
        resume = QGroupBox(self.tr("进行中的检查（双击继续）"))
        self.resume_list = QListWidget()
        self.resume_list.setWordWrap(True)                                   # a long name wraps; the start
        self.resume_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # time stays in view
        QVBoxLayout(resume).addWidget(self.resume_list)
        self.resume_list.itemActivated.connect(lambda it: self.open_inspection(it.data(Qt.UserRole)))
        self.resume_hint = EmptyHint(self.resume_list, self.tr(
            "没有进行中的检查。在左侧选择企业和检查表，点“开始检查”；中途离开的检查会列在这里，双击继续。"))
        lay.addWidget(resume, 2)
        self.check_boxes: list[QCheckBox] = []
        return w

    def refresh(self) -> None:
        if self.stack.currentIndex() == 0:
            current = self.enterprise.currentData()
            rows = self.col.enterprises.names()
            self.enterprise.blockSignals(True)
            self.enterprise.clear()
            for eid, name in rows:
                self.enterprise.addItem(name, eid)
            self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(current)))
            self.enterprise.blockSignals(False)
            self._suggest_checklists()
            self._load_colleagues()
            self.resume_list.clear()
            for r in self.col.inspections.in_progress():
                item = QListWidgetItem(f"{r['enterprise_name']} · {local_text(r['started_at'])}")
                item.setData(Qt.UserRole, r["id"])
                self.resume_list.addItem(item)

    def start_planned(self, planned: dict) -> None:
        """Prepare the start form for a planned inspection (from 今日): its enterprise and second inspector;
        the inspection takes the plan's kind and 四不两直 flag."""
        self.choose_enterprise(planned["enterprise_id"])
        self.planned = planned
        self.inspector2.setText(planned.get("inspector2_name") or "")
        self.inspector2_cert.setText(planned.get("inspector2_cert") or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(planned["kind"])))
        self.unannounced.setChecked(bool(planned["unannounced"]))
        self.start_error.setText("")

    def _load_colleagues(self) -> None:
        from PySide6.QtCore import QStringListModel
        self.colleague_list = {c["name"]: c.get("cert_no", "") for c in self.col.profile.colleagues()}
        self.colleague_completer.setModel(QStringListModel(list(self.colleague_list), self.colleague_completer))
        if not self.inspector2.text() and self.colleague_list:    # usually the same colleague as last time
            self.inspector2.setText(next(iter(self.colleague_list)))

    def _colleague_chosen(self, name: str) -> None:
        cert = getattr(self, "colleague_list", {}).get(name.strip())
        if cert is not None:
            self.inspector2_cert.setText(cert)

    def choose_enterprise(self, enterprise_id: str) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(enterprise_id)))
        self.enterprise.lineEdit().setCursorPosition(0)     # a long name shows its beginning

    def _suggest_checklists(self) -> None:
        for cb in self.check_boxes:
            self.checklist_grid.removeWidget(cb)   # out of the layout now, not when deleteLater runs
            cb.hide()
            cb.deleteLater()
        self.check_boxes = []
        service = self.col.checklists
        self.no_checklists.setText("")
        eid = self.enterprise.currentData()
        suggested = set()
        if eid:
            suggested = {c.content_hash for c in service.for_enterprise(self.col.enterprises.get(eid))}
        for cl in service.available():
            cb = QCheckBox(_zh_en(f"{cl.title_zh}（{cl.version}）", cl.title_en and f"{cl.title_en} ({cl.version})"))
            cb.setProperty("checklist", cl)
            cb.setChecked(cl.content_hash in suggested)
            n = len(self.check_boxes)
            self.checklist_grid.addWidget(cb, n, 0)
            self.check_boxes.append(cb)
        # Boxes made now come last in the focus chain: put them back between 四不两直 and 开始检查.
        chain = [self.unannounced, *self.check_boxes, self.start_btn]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _return_in_form(self, edit: QLineEdit) -> None:
        """Enter in a field of the form starts the visit as 开始检查 does; not while the field's completer list
        is open (there Enter picks the entry: the line edit sees the key before the completer takes it)."""
        completer = edit.completer()
        if completer is not None and completer.popup().isVisible():
            return
        if self.stack.currentIndex() == 0 and self.start_btn.isEnabled():
            self.start()

    def start(self) -> None:
        eid = self.enterprise.currentData()
        if not eid or self.enterprise.currentText() != self.enterprise.itemText(self.enterprise.currentIndex()):
            self.start_error.setText(self.tr("请从列表中选择企业"))
            return
        warning = self.col.sync.register.outside_township(eid)
        if warning and not self.confirm_outside_township(pick(*warning)):
            return
        chosen = [cb.property("checklist") for cb in self.check_boxes if cb.isChecked()]
        col = self.col
        planned = getattr(self, "planned", None)
        fields = {"inspector2_name": self.inspector2.text(), "inspector2_cert": self.inspector2_cert.text(),
                  "place": self.place.text(),
                  "planned_id": planned["id"] if planned and planned["enterprise_id"] == eid else None,
                  "kind": self.kind.currentData(), "unannounced": self.unannounced.isChecked()}

        def work():
            with col.lock:  # the checklists and the inspection as one step
                hashes = [col.checklists.register(cl) for cl in chosen]
                changes = col.inspections.start(eid, template_hashes=hashes, **fields)
                col.profile.remember_colleague(fields["inspector2_name"], fields["inspector2_cert"])
                return changes

        def done(changes):
            self.planned = None
            self.kind.setCurrentIndex(0)
            self.unannounced.setChecked(False)
            self.start_error.setText("")
            self.open_inspection(changes.id)

        def failed(exc):
            if isinstance(exc, InspectorError):
                self.start_error.setText(str(exc))
            else:
                errors.show_error(exc, self)

        db_op(work, done, failed, owner=self, buttons=[self.start_btn], initiator=self)

    def confirm_outside_township(self, text: str) -> bool:
        """Ask before inspecting an enterprise of another township (the district would refuse the records)."""
        answer = QMessageBox.warning(self, self.tr("不属于本乡镇的企业"), text + "\n\n" + self.tr("仍要开始检查吗？"),
                                     QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    # -- answering ---------------------------------------------------------------------------------
    def _build_answer(self) -> QWidget:
        w = QWidget()
        lay = QHBoxLayout(w)
        left = QVBoxLayout()
        self.progress_box = QVBoxLayout()
        left.addLayout(self.progress_box)
        self.item_list = QListWidget()
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)   # long questions are elided,
        self.item_list.setTextElideMode(Qt.ElideRight)                       # the full text is the tooltip
        self.item_list.currentRowChanged.connect(self.show_item)
        left.addWidget(self.item_list, 1)
        self.finish_btn = QPushButton(self.tr("完成检查，生成隐患"))
        self.finish_btn.setMinimumHeight(40)
        self.finish_btn.clicked.connect(self.finish)
        self.back_btn = QPushButton(self.tr("返回"))
        self.back_btn.clicked.connect(self.leave)
        self.abandon_btn = QPushButton(self.tr("放弃本次检查…"))
        self.abandon_btn.setToolTip(self.tr("开错了企业或检查表时使用；已有隐患或文书的检查不能放弃"))
        self.abandon_btn.clicked.connect(self.abandon)
        left.addWidget(self.finish_btn)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_btn)
        back_row.addWidget(self.abandon_btn)
        left.addLayout(back_row)
        lay.addLayout(left, 2)
        right = QVBoxLayout()
        right.setSpacing(4)     # with three positions of four gases the page keeps ~25 px to spare at 768 px
        # Fixed heights (text elided, full text as tooltip), so the answer buttons stay where they are.
        self.question = ElidedLabel(lines=3)
        self.question.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.guidance = ElidedLabel(lines=2, subdued=True)
        self.basis = ElidedLabel(lines=2, subdued=True)
        self.basis.setStyleSheet("font-size: 9pt;")
        right.addWidget(self.question)
        right.addWidget(self.guidance)
        right.addWidget(self.basis)
        buttons = QHBoxLayout()
        self.result_buttons = {}
        for key, text, color in (("complies", self.tr("1 符合"), theme.fill("ok")), ("fails", self.tr("2 不符合"), theme.fill("error")),
                                 ("not_applicable", self.tr("3 不适用"), theme.fill("neutral"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setMinimumHeight(52)
            b.setStyleSheet(f"QPushButton {{ font-size: 14pt; }} QPushButton:checked {{ background: {color};"
                            f" color: {theme.ON_FILL}; }}")
            b.clicked.connect(lambda _c=False, k=key: self.set_result(k))
            buttons.addWidget(b)
            self.result_buttons[key] = b
        right.addLayout(buttons)
        self.reading_grid = ReadingGrid()
        self.reading_grid.edited.connect(lambda: self._readings_changed(save=False))
        self.reading_grid.committed.connect(self._readings_changed)
        right.addWidget(self.reading_grid)
        self.verdict = self.reading_grid.summary     # the verdict and the values out of limits, under the grid
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("备注（现场情况、具体部位）"))
        self.note.setMaximumHeight(72)
        self.note.textChanged.connect(self._note_changed)
        from PySide6.QtCore import QTimer
        self.note_timer = QTimer(self, singleShot=True, interval=400)
        self.note_timer.timeout.connect(self.flush_note_now)
        self._note_pos = 0
        self.note.installEventFilter(self)
        right.addWidget(self.note)
        self.finish_bar = QWidget()
        bar = QHBoxLayout(self.finish_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.finish_text = QLabel()
        self.finish_text.setWordWrap(True)
        self.finish_now = QPushButton(self.tr("完成检查（Enter）"))
        self.finish_now.clicked.connect(self.finish)
        bar.addWidget(self.finish_text, 1)
        bar.addWidget(self.finish_now)
        self.finish_bar.hide()
        right.addWidget(self.finish_bar)
        self.photos = PhotoStrip(self, removable=True)     # photos can be taken off until the visit is completed
        self.photos.files_dropped.connect(self.add_photos)
        self.photos.photo_removed.connect(self.remove_photo)
        right.addWidget(self.photos)
        nav = QHBoxLayout()
        prev_btn = QPushButton(self.tr("上一项"))
        next_btn = QPushButton(self.tr("下一项（Enter）"))
        prev_btn.clicked.connect(lambda: self.go(self.pos - 1))
        next_btn.clicked.connect(lambda: self.go(self.pos + 1))
        nav.addWidget(prev_btn)
        nav.addStretch()
        nav.addWidget(next_btn)
        right.addLayout(nav)
        right.addStretch()
        lay.addLayout(right, 5)
        for key, result in (("1", "complies"), ("2", "fails"), ("3", "not_applicable")):
            QShortcut(QKeySequence(key), w, activated=lambda r=result: self._shortcut_result(r))
        QShortcut(QKeySequence(Qt.Key_Return), w, activated=self._shortcut_next)
        QShortcut(QKeySequence(Qt.Key_Enter), w, activated=self._shortcut_next)
        QShortcut(QKeySequence(Qt.Key_Escape), w, activated=self._shortcut_escape)
        self.answer_panel = w
        return w

    def _typing(self) -> bool:
        from PySide6.QtWidgets import QApplication
        return isinstance(QApplication.focusWidget(), (QLineEdit, QPlainTextEdit))

    def _shortcut_result(self, result: str) -> None:
        if self._typing():
            return
        self.set_result(result)
        if result == "fails":        # a finding needs its note: type it, Enter goes on
            self.note.setFocus()
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)
        else:
            self.advance()

    def _shortcut_next(self) -> None:
        if isinstance(self.focusWidget(), QPlainTextEdit):
            return
        if self.finish_bar.isVisible():
            self.finish()
        else:
            self.advance()

    def _shortcut_escape(self) -> None:
        if self.finish_bar.isVisible():
            self.finish_bar.hide()
            self.item_list.setFocus()
        else:
            self.leave()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        in_reading = obj in self.reading_edits.values()
        typing_in = obj is self.note or in_reading
        if typing_in and event.type() == QEvent.ShortcutOverride and event.key() in (
                Qt.Key_Return, Qt.Key_Enter, Qt.Key_Escape):
            event.accept()           # the key goes to the field (handled below), not to the page's shortcuts
            return True
        if event.type() == QEvent.KeyPress:
            key, mods = event.key(), event.modifiers()
            if obj is self.note:
                if key in (Qt.Key_Return, Qt.Key_Enter) and not mods & Qt.ShiftModifier:
                    self.flush_note()
                    self.advance()
                    return True
                if key == Qt.Key_Escape:
                    self.flush_note()
                    self.item_list.setFocus()
                    return True
            elif in_reading and key == Qt.Key_Escape:
                self._readings_changed()
                self.item_list.setFocus()
                return True
            elif in_reading and key in (Qt.Key_Return, Qt.Key_Enter):
                # field by field in the grid's order (all readings at one position, then the next)
                self._readings_changed()
                nxt = self.reading_grid.next_field(obj)
                if nxt is not None:
                    nxt.setFocus()
                    nxt.selectAll()
                else:
                    self.advance()
                return True
            elif in_reading and key in (Qt.Key_Up, Qt.Key_Down):
                other = self.reading_grid.field_below(obj, 1 if key == Qt.Key_Down else -1)
                if other is not None:      # the same reading one position lower / higher
                    other.setFocus()
                    other.selectAll()
                return True
        return super().eventFilter(obj, event)

    def advance(self) -> None:
        """The next item; after the last one the first unanswered, or the finish bar when all are answered."""
        if not self.items:
            return
        if self.pos + 1 < len(self.items):
            self.go(self.pos + 1)
        else:
            unanswered = [i for i, (cl, it) in enumerate(self.items)
                          if not (self.answers.get((cl.content_hash, it.id)) or {}).get("result")]
            if unanswered:
                self.go(unanswered[0])
            else:
                self.finish_text.setText(self.tr("全部 {0} 项已作答。按 Enter 完成检查并生成隐患，按 Esc 留下修改。")
                                         .format(len(self.items)))
                self.finish_bar.show()
                self.finish_now.setFocus()
                return
        self._focus_item()

    def _focus_item(self) -> None:
        """The cursor where the item is answered: in its first reading (typed at once), else on the list
        (answered by digit)."""
        first = next(iter(self.reading_edits.values()), None)
        (first or self.item_list).setFocus()

    def open_inspection(self, inspection_id: str) -> None:
        """Show an inspection for answering; resumes where it stopped (first unanswered item). The inspection
        and its answers are read on the database worker, behind the answers still queued there: read at once,
        an inspection left and resumed at once showed its last answers as unanswered."""
        if hasattr(self, "main_window"):
            self.main_window.show_page(self.key)
        self.flush_note()
        col = self.col

        def read() -> dict:
            insp = col.inspections.get(inspection_id)
            return {"inspection": insp, "enterprise": col.enterprises.get(insp["enterprise_id"]),
                    "checklists": [col.checklists.get(h) for h in insp["template_hashes"]],
                    "answers": col.inspections.answers(inspection_id)}

        self.openings.run(read, lambda data: self._show_inspection(inspection_id, data))

    def _show_inspection(self, inspection_id: str, data: dict) -> None:
        self.flush_note()
        self.reading_grid.set_item(None, None)
        self.inspection_id = inspection_id
        insp, ent = data["inspection"], data["enterprise"]
        self.completed = insp["status"] != "in_progress"
        self.amend_reason = None
        self.title_label.setText(self.tr("检查：{0}").format(ent["name"])
                                 + (self.tr("（已完成，只读；更改须说明更正原因）") if self.completed else ""))
        self.checklists = data["checklists"]
        self.items = [(cl, it) for cl in self.checklists for it in cl.items]
        self.answers = {(a["template_hash"], a["item_id"]): a for a in data["answers"]}
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for cl, it in self.items:
            item = QListWidgetItem(_zh_en(it.question_zh, it.question_en))
            item.setToolTip(f"{_zh_en(cl.title_zh, cl.title_en)}\n{_zh_en(it.question_zh, it.question_en)}")
            self.item_list.addItem(item)
        self.item_list.blockSignals(False)
        self._build_progress()
        self._update_marks()
        self.stack.setCurrentIndex(1)
        first_open = next((i for i, (cl, it) in enumerate(self.items)
                           if not (self.answers.get((cl.content_hash, it.id)) or {}).get("result")), 0)
        self.go(first_open)

    def _update_marks(self) -> None:
        marks = {"complies": "✓ ", "fails": "✗ ", "not_applicable": "— "}
        for i, (cl, it) in enumerate(self.items):
            a = self.answers.get((cl.content_hash, it.id)) or {}
            self.item_list.item(i).setText(marks.get(a.get("result"), "○ ") + _zh_en(it.question_zh, it.question_en))
        for cl in self.checklists:
            done = sum(1 for it in cl.items if (self.answers.get((cl.content_hash, it.id)) or {}).get("result"))
            bar = self.progress_bars.get(cl.content_hash)
            if bar is not None:
                bar.setValue(done)

    def _build_progress(self) -> None:
        for bar in getattr(self, "progress_bars", {}).values():
            self.progress_box.removeWidget(bar)
            bar.setParent(None)
            bar.deleteLater()
        self.progress_bars = {}
        for cl in self.checklists:
            bar = QProgressBar()
            bar.setRange(0, max(1, len(cl.items)))
            bar.setFormat(f"{_zh_en(cl.title_zh, cl.title_en)}  %v/%m")
            bar.setMinimumHeight(24)
            self.progress_box.addWidget(bar)
            self.progress_bars[cl.content_hash] = bar

    def go(self, pos: int) -> None:
        if not self.items:
            self.question.setText(self.tr("本次检查没有检查表。"))
            return
        pos = max(0, min(pos, len(self.items) - 1))
        if self.item_list.currentRow() != pos:
            self.item_list.setCurrentRow(pos)
        else:
            self.show_item(pos)

    def current(self):
        cl, it = self.items[self.pos]
        return cl, it, self.answers.get((cl.content_hash, it.id)) or {}

    def show_item(self, pos: int) -> None:
        if pos < 0 or pos >= len(self.items):
            return
        self.flush_note()
        if self.reading_edits and self.pos < len(self.items):
            saved = self.current()[2].get("readings") or {}
            if self.reading_grid.values() != saved:
                self._readings_changed()      # save what was typed before leaving the item
        self.pos = pos
        self.finish_bar.hide()
        cl, it, ans = self.current()
        self.question.setText(f"{pos + 1}/{len(self.items)}  {_zh_en(it.question_zh, it.question_en)}")
        self.guidance.setText(item_text(self.col, cl, it, "guidance"))
        self.basis.setText(it.basis_text() if hasattr(it, "basis_text") else "")
        for key, b in self.result_buttons.items():
            b.setChecked(ans.get("result") == key)
        self.reading_grid.set_item(it, ans.get("readings") or {})
        for edit in self.reading_edits.values():
            edit.installEventFilter(self)
        if self.reading_edits:
            QWidget.setTabOrder(list(self.reading_edits.values())[-1], self.note)
        self.note.blockSignals(True)
        self.note.setPlainText(ans.get("note", ""))
        self.note.blockSignals(False)
        self.photos.set_photos(self.col, ans.get("photos") or [])
        self.verdict.setText("")
        if it.readings:
            self._readings_changed(save=False)
        if self.isVisible():     # keyboard flow: readings are typed at once, other items answered by digit
            self._focus_item()

    def _save(self, **fields) -> None:
        """Show the answer at once and write it on the database worker (in order: one worker). A
        completed inspection is read-only: the first change asks for the amendment's reason."""
        if not self._amend_ok():
            self.show_item(self.pos)      # back to what is recorded
            return
        if self.completed:
            fields["amend_reason"] = self.amend_reason
        cl, it, ans = self.current()
        merged = dict(ans, **fields)
        self.answers[(cl.content_hash, it.id)] = merged
        self._update_marks()
        inspections, iid = self.col.inspections, self.inspection_id
        db_op(lambda: inspections.set_answer(iid, cl.content_hash, it.id, **fields), None, self._save_failed,
              initiator=self)

    def _amend_ok(self) -> bool:
        """True when the inspection may be changed: in progress, or an amendment with its reason."""
        if not self.completed or self.amend_reason:
            return True
        from PySide6.QtWidgets import QInputDialog
        reason, ok = QInputDialog.getText(self, self.tr("更正已完成的检查"),
                                          self.tr("这次检查已完成。更正原因（将记入审计日志并标注在记录上）："))
        if not ok or not reason.strip():
            return False
        self.amend_reason = reason.strip()
        self.title_label.setText(self.title_label.text() + self.tr("（更正中）"))
        return True

    def _save_failed(self, exc: BaseException) -> None:
        """The answer stays on screen (nothing typed is lost); the message says it was not saved."""
        errors.show_error(exc, self)

    def set_result(self, result: str) -> None:
        if not self.items:
            return
        for key, b in self.result_buttons.items():
            b.setChecked(key == result)
        self._save(result=result)

    @property
    def reading_edits(self) -> dict:
        """The current item's reading fields: (position key or "", reading key) → field, in keyboard order."""
        return self.reading_grid.edits

    def _readings_changed(self, save: bool = True) -> None:
        """Judge each value as it is typed (one value out of limits, at any position, fails the item): the
        grid marks each cell and names the bad ones after the verdict; save when asked."""
        cl, it, ans = self.current()
        values = self.reading_grid.values()
        from inspector_app.core.checklists import readings as reading_rules
        invalid = {c.state for c in reading_rules.cells(it, values) if c.invalid}   # not a number, or out of range
        numeric = not invalid
        verdict = self.col.checklists.evaluate(it, None, values) if values and numeric else None
        refused = self.tr("读数须为数字。") if "nan" in invalid else self.tr("读数超出可填写的范围，未保存。")
        self.reading_grid.judge({"fails": self.tr("读数超出限值：不符合。"), "complies": self.tr("读数在限值内：符合。")}
                                .get(verdict or "", "" if numeric else refused),
                                {"fails": "error", "complies": "ok"}.get(verdict or "", ""))
        if not numeric:
            return
        if save:
            fields = {"readings": values}
            if verdict in RESULT_KEYS:
                fields["result"] = verdict
                for key, b in self.result_buttons.items():
                    b.setChecked(key == verdict)
            self._save(**fields)

    def _note_changed(self) -> None:
        # Saved 400 ms after the last keystroke (not one sync operation per character); leaving the
        # item or the page saves at once.
        if self.items:
            self._note_pos = self.pos
            self.note_timer.start()

    def flush_note_now(self) -> None:
        if self._note_pos == self.pos and self.items:
            self._save(note=self.note.toPlainText())

    def flush_note(self) -> None:
        if self.note_timer.isActive():
            self.note_timer.stop()
            if self._note_pos == self.pos and self.items:
                self._save(note=self.note.toPlainText())

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush_note()
        super().hideEvent(event)

    def add_photos(self, paths: list[str]) -> None:
        if not self._amend_ok():
            return
        cl, it, ans = self.current()
        key = (cl.content_hash, it.id)
        # this inspection's answers, also when another inspection is opened before the import ends
        col, iid, answers = self.col, self.inspection_id, self.answers
        extra = {"amend_reason": self.amend_reason} if self.completed else {}

        def work():
            return [col.attachments.import_photo(p) for p in paths]

        def done(results):
            hashes = [getattr(r, "sha256", r) if not isinstance(r, dict) else r.get("sha256") for r in results]
            current = list((answers.get(key) or {}).get("photos") or [])
            current += [h for h in hashes if h and h not in current]
            answers[key] = dict(answers.get(key) or {}, photos=current)
            if (answers is self.answers and self.items
                    and (self.items[self.pos][0].content_hash, self.items[self.pos][1].id) == key):
                self.photos.set_photos(col, current)
            db_op(lambda: col.inspections.set_answer(iid, key[0], key[1], photos=current, **extra), None,
                  self._save_failed, initiator=self)
            self._imported()

        def failed(exc: BaseException) -> None:
            errors.show_error(exc, self)
            self._imported()

        self._importing += 1
        background(work, done, failed, owner=self)

    def _imported(self) -> None:
        self._importing -= 1
        if not self._importing:
            waiting, self._after_import = self._after_import, {}
            for fn in waiting.values():
                fn()

    def _when_photos_attached(self, action: str, fn) -> bool:
        """False when no photo is being imported; else run `fn` once the imports' answers are queued (True),
        if this inspection is still the one shown. Finishing or abandoning goes after them: a photo attached
        after completing was refused as read-only and lost."""
        if not self._importing:
            return False
        iid = self.inspection_id
        self._after_import[action] = lambda: fn() if iid == self.inspection_id else None   # pressed twice: once
        return True

    def abandon(self) -> None:
        """Give up this inspection (recorded in the audit log with the reason) and go back to the list."""
        from PySide6.QtWidgets import QInputDialog
        reason, ok = QInputDialog.getText(self, self.tr("放弃本次检查"),
                                          self.tr("放弃后本次检查不再列为进行中（记录保留并写入审计日志）。\n原因："))
        if not ok:
            return
        # On the database worker, behind the answers and the note still queued there: abandoned at once, the
        # inspection refused them as read-only and the last answers were lost with an error.
        self.flush_note()
        iid = self.inspection_id
        if self._when_photos_attached("abandon", lambda: self._abandon(iid, reason)):
            return
        self._abandon(iid, reason)

    def _abandon(self, iid: str, reason: str) -> None:
        inspections = self.col.inspections

        def done(_changes) -> None:
            if iid == self.inspection_id:
                self.leave()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, InspectorError):
                QMessageBox.warning(self, self.tr("放弃本次检查"), str(exc))
            else:
                errors.show_error(exc, self)

        # the answer panel is off meanwhile: nothing can be answered into an inspection being abandoned
        db_op(lambda: inspections.abandon(iid, reason), done, failed, owner=self, buttons=[self.answer_panel])

    def remove_photo(self, sha256: str) -> None:
        """Take a wrongly attached photo off the current item (the file stays among the attachments)."""
        cl, it, ans = self.current()
        photos = [h for h in (ans.get("photos") or []) if h != sha256]
        self._save(photos=photos)
        self.photos.set_photos(self.col, photos)

    def new_visit(self) -> None:
        """The start form, cursor in the enterprise box (menu 文件 → 新建检查, Ctrl+N)."""
        if self.inspection_id:
            self.leave()
        else:
            self.stack.setCurrentIndex(0)
            self.refresh()
        self.enterprise.setFocus()
        self.enterprise.lineEdit().selectAll()

    def leave(self) -> None:
        self.flush_note()
        self.inspection_id = None
        self.stack.setCurrentIndex(0)
        self.title_label.setText(self.tr("检查"))
        self.refresh()

    def finish(self) -> None:
        """Review the proposed hazards, then complete. The proposals are read on the database worker, behind
        the answers and the note still queued there: read at once, the last answers typed before finishing
        were missing and their failures proposed no hazard."""
        self.flush_note()
        if self._when_photos_attached("finish", self.finish):
            return
        if not self.items:
            self._review(self.inspection_id, [])
            return
        col, iid = self.col, self.inspection_id
        db_op(lambda: col.checklists.propose_hazards(iid), lambda proposals: self._review(iid, proposals),
              owner=self, buttons=[self.finish_btn, self.finish_now])

    def _review(self, iid: str, proposals: list) -> None:
        from inspector_app.ui.dialogs.hazard_review import HazardReviewDialog
        if iid != self.inspection_id:
            return   # the inspector left this inspection while the proposals were read
        dlg = HazardReviewDialog(self.col, iid, proposals, self)
        if not dlg.exec():
            return
        inspections, created = self.col.inspections, len(dlg.created_ids)

        def done(_changes):
            QMessageBox.information(self, self.tr("检查"), self.tr("已登记 {0} 条隐患。可在“文书”中出具文书。")
                                    .format(created))
            if hasattr(self, "main_window"):
                self.main_window.show_page("documents").select_inspection(iid)
            self.leave()

        db_op(lambda: inspections.complete(iid), done, owner=self, buttons=[self.finish_btn])
