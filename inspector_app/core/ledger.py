"""Hazard ledger (隐患台账): filtered, sorted, paged SQL over hazards, summary counts and exports
(CSV with BOM, XLSX). Qt-free; the GUI pages rows from here."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from typing import Any

from inspector_app.core.checklists.model import campaign_label
from inspector_app.core.clock import today_iso
from inspector_app.core.filenames import safe_file_name
from inspector_app.core.hazards import is_overdue, overdue_sql
from inspector_app.core.i18n import language

STATES = ("open", "awaiting_rectification", "awaiting_reinspection", "closed")
STATE_ZH = {"open": "未整改", "awaiting_rectification": "整改中", "awaiting_reinspection": "待复查",
            "closed": "已销号"}
STATE_EN = {"open": "Open", "awaiting_rectification": "Being rectified", "awaiting_reinspection": "To re-inspect",
            "closed": "Closed"}
SEVERITY_ZH = {"general": "一般", "major": "重大"}
SEVERITY_EN = {"general": "General", "major": "Major"}

# (key, Chinese header, XLSX width)
COLUMNS = [
    ("number", "隐患编号", 18), ("found_on", "发现日期", 12), ("township", "乡镇（街道）", 14),
    ("enterprise", "企业", 30), ("description", "隐患描述", 44), ("severity", "等级", 8),
    ("state", "状态", 10), ("deadline", "整改期限", 12), ("overdue", "逾期", 6),
    ("campaign", "专项", 14), ("closed_on", "销号日期", 12),
]
HEADERS_EN = {"number": "Hazard no.", "found_on": "Found on", "township": "Township", "enterprise": "Enterprise",
              "description": "Description", "severity": "Severity", "state": "State", "deadline": "Deadline",
              "overdue": "Overdue", "campaign": "Campaign", "closed_on": "Closed on"}
DATE_COLUMNS = ("found_on", "deadline", "closed_on")


def _en(lang: str | None) -> bool:
    return (lang or language()).startswith("en")


def headers(lang: str | None = None) -> list[str]:
    """Column headers of the ledger and its exports in the language (the UI's by default)."""
    return [HEADERS_EN[k] if _en(lang) else zh for k, zh, _w in COLUMNS]
SORTABLE = {"number": "h.number", "found_on": "h.found_on", "township": "t.name",
            "enterprise": "e.name", "description": "h.description", "severity": "h.severity",
            "state": "h.state", "deadline": "h.deadline", "campaign": "h.campaign",
            "closed_on": "h.closed_on"}


@dataclass
class LedgerFilter:
    state: str | None = None          # one of STATES, or 'not_closed'
    overdue: bool = False
    severity: str | None = None
    campaign: str | None = None
    township_id: str | None = None
    enterprise_id: str | None = None
    date_from: str | None = None      # found_on >= (ISO)
    date_to: str | None = None        # found_on <= (ISO)
    text: str = ""                    # substring of the number, description or place
    sort: str = "found_on"
    descending: bool = True

    def where(self, today: str | None = None, *, text_leads: bool = True) -> tuple[str, list[Any]]:
        """SQL WHERE and arguments. `text_leads`: walk the text matches (few) rather than filter the
        rows met in sort order by them (many: the first page is found without sorting them all)."""
        parts, args = [], []
        if self.state == "not_closed":
            parts.append("h.state != 'closed'")
        elif self.state:
            parts.append("h.state = ?")
            args.append(self.state)
        if self.overdue:
            parts.append(overdue_sql("h"))
            args.append(today or today_iso())
        for col_, value in (("h.severity", self.severity), ("h.campaign", self.campaign),
                            ("h.township_id", self.township_id), ("h.enterprise_id", self.enterprise_id)):
            if value:
                parts.append(f"{col_} = ?")
                args.append(value)
        if self.date_from:
            parts.append("h.found_on >= ?")
            args.append(self.date_from)
        if self.date_to:
            parts.append("h.found_on <= ?")
            args.append(self.date_to)
        if self.text.strip():   # rows found by Ledger.text_matches() for this text
            parts.append(("h" if text_leads else "+h") + ".rowid IN (SELECT id FROM temp.ledger_text_match)")
        return (" WHERE " + " AND ".join(parts)) if parts else "", args

    def order(self) -> str:
        column = SORTABLE.get(self.sort, "h.found_on")
        direction = "DESC" if self.descending else "ASC"
        return f" ORDER BY {column} {direction}, h.id {direction}"


_FROM = " FROM hazards h JOIN enterprises e ON e.id = h.enterprise_id JOIN townships t ON t.id = h.township_id"
_SELECT = ("SELECT h.id, h.number, h.found_on, t.name AS township, e.name AS enterprise, h.description,"
           " h.severity, h.state, h.deadline, h.campaign, h.closed_on, h.enterprise_id")


# A text filter's matches are looked up once and kept (per connection) until the text or the data changes,
# so the summary, the first page, further pages and other filter changes with the same text reuse them.
MANY_MATCHES = 5_000       # above this, pages walk the sort index instead of sorting the matches
SUMMARY_VIA_INDEX = 40_000  # above this, summaries scan the covering index instead of visiting each match
_MATCH_TABLES = ("CREATE TEMP TABLE IF NOT EXISTS ledger_text_match (id INTEGER PRIMARY KEY)",
                 "CREATE TEMP TABLE IF NOT EXISTS ledger_text_key (key TEXT, n INTEGER)")


def _is_word_character(c: str) -> bool:
    """A character FTS5's unicode61 tokenizer keeps in a word (letters, digits, private use), so the
    character index of migration 0015 holds it."""
    category = unicodedata.category(c)
    return category[0] in "LN" or category == "Co"


class Ledger:
    def __init__(self, col):
        self.col = col

    def text_matches(self, text: str) -> int:
        """Fill temp.ledger_text_match with the rowids of hazards whose number, description or place
        contains `text` (case-insensitive); return how many. 3+ characters use the trigram index of
        migration 0011, one or two letters or digits the character index of migration 0015; other short
        texts (with a space or punctuation) one pass over the narrow hazard_text table."""
        conn = self.col.db.conn
        outside = not conn.in_transaction
        try:
            return self._fill_matches(conn, text.strip().lower())
        finally:
            if outside and conn.in_transaction:
                conn.commit()   # only temp tables were written; never leave a read snapshot open

    @staticmethod
    def _fill_matches(conn: Any, text: str) -> int:
        for sql in _MATCH_TABLES:
            conn.execute(sql)
        key = f"{conn.execute('PRAGMA data_version').fetchone()[0]}|{conn.total_changes}|{text}"
        row = conn.execute("SELECT key, n FROM temp.ledger_text_key").fetchone()
        if row and row[0] == key:
            return int(row[1])
        conn.execute("DELETE FROM temp.ledger_text_match")
        if len(text) >= 3:
            conn.execute("INSERT INTO temp.ledger_text_match SELECT rowid FROM hazard_text_fts"
                         " WHERE hazard_text_fts MATCH ?", ['"' + text.replace('"', '""') + '"'])
        elif all(_is_word_character(c) for c in text):
            conn.execute("INSERT INTO temp.ledger_text_match SELECT rowid FROM hazard_text_grams"
                         " WHERE hazard_text_grams MATCH ?", [f'"{text}"'])
            conn.execute("INSERT OR IGNORE INTO temp.ledger_text_match SELECT id FROM hazard_text"
                         " WHERE length(text) > 4096 AND instr(text, ?) > 0", [text])
        else:   # a space or punctuation is no word of the character index: look at every text
            conn.execute("INSERT INTO temp.ledger_text_match SELECT id FROM hazard_text WHERE instr(text, ?) > 0",
                         [text])
        n = conn.execute("SELECT count(*) FROM temp.ledger_text_match").fetchone()[0]
        conn.execute("DELETE FROM temp.ledger_text_key")
        # total_changes moved with the writes above: store the key as it stands after them
        key = f"{conn.execute('PRAGMA data_version').fetchone()[0]}|{conn.total_changes + 1}|{text}"
        conn.execute("INSERT INTO temp.ledger_text_key (key, n) VALUES (?, ?)", [key, n])
        return int(n)

    def _where(self, flt: LedgerFilter, today: str | None, *, paging: bool = False) -> tuple[str, list[Any]]:
        many = bool(flt.text.strip()) and self.text_matches(flt.text) > MANY_MATCHES
        return flt.where(today, text_leads=not (paging and many))

    def _rows(self, sql: str, args: list[Any]) -> list[dict[str, Any]]:
        cur = self.col.db.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def _via_index(self, flt: LedgerFilter) -> str:
        """Count over the covering index (every filter column is in it) unless a text matches only a few:
        visiting tens of thousands of matches row by row costs more than one pass over the index."""
        few = bool(flt.text.strip()) and self.text_matches(flt.text) <= SUMMARY_VIA_INDEX
        return "" if few else " INDEXED BY hazards_ledger_cover"

    def count(self, flt: LedgerFilter, today: str | None = None) -> int:
        with self.col.lock:   # the text's matches and the count over them as one step
            if flt.text.strip() and flt == LedgerFilter(text=flt.text, sort=flt.sort, descending=flt.descending):
                return self.text_matches(flt.text)    # the text alone: its matches are the count
            # With many matches the other filters lead (overdue: state and deadline; a township; dates)
            # and each row found is looked up among the matches, as a page does.
            where, args = self._where(flt, today, paging=True)
            return self.col.db.execute("SELECT count(*) FROM hazards h" + where, args).fetchone()[0]

    def page(self, flt: LedgerFilter, offset: int, limit: int, today: str | None = None) -> list[dict[str, Any]]:
        with self.col.lock:
            return self._page(flt, offset, limit, today)

    def _page(self, flt: LedgerFilter, offset: int, limit: int, today: str | None) -> list[dict[str, Any]]:
        where, args = self._where(flt, today, paging=True)
        if flt.sort == "enterprise":    # walk enterprises by name, hazards by enterprise: no big sort
            joins = (" FROM enterprises e CROSS JOIN hazards h ON e.id = h.enterprise_id"
                     " JOIN townships t ON t.id = h.township_id")
        elif flt.sort == "township":
            joins = (" FROM townships t CROSS JOIN hazards h ON t.id = h.township_id"
                     " JOIN enterprises e ON e.id = h.enterprise_id")
        else:
            joins = _FROM
        rows = self._rows(_SELECT + joins + where + flt.order() + " LIMIT ? OFFSET ?", args + [limit, offset])
        day = today or today_iso()
        for r in rows:
            r["overdue"] = is_overdue(r["state"], r["deadline"], day)
        return rows

    def summary(self, flt: LedgerFilter, today: str | None = None) -> dict[str, int]:
        """Counts within the filter: total (== count()), per state, overdue, major. Counted per (severity,
        state) group over the covering index, or over the rows themselves when a text matches only a few;
        overdue by its own indexed count (a sum() of every condition per row cost 5× as much)."""
        with self.col.lock:   # may run on a worker while the page reads: the text's matches stay put
            return self._summary(flt, today)

    def _summary(self, flt: LedgerFilter, today: str | None) -> dict[str, int]:
        where, args = self._where(flt, today)
        out = dict.fromkeys(("total", *STATES, "overdue", "major"), 0)
        for severity, state, n in self.col.db.execute(
                "SELECT h.severity, h.state, count(*) FROM hazards h"
                + self._via_index(flt) + where + " GROUP BY h.severity, h.state", args).fetchall():
            out["total"] += n
            if state in out:
                out[state] += n
            if severity == "major":
                out["major"] += n
        overdue_where = (where + " AND " if where else " WHERE ") + overdue_sql("h")
        out["overdue"] = self.col.db.execute("SELECT count(*) FROM hazards h" + overdue_where,
                                             args + [today or today_iso()]).fetchone()[0]
        return out

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """Filter choices: townships, campaigns (id, label)."""
        towns = [(r[0], r[1]) for r in self.col.db.execute("SELECT id, name FROM townships ORDER BY code")]
        camps = [(r[0], r[0]) for r in self.col.db.execute(
            "SELECT DISTINCT campaign FROM hazards WHERE campaign != '' ORDER BY campaign")]
        return {"townships": towns, "campaigns": camps}

    def several_townships(self) -> bool:
        """Whether the hazards belong to more than one township (else a township column says the same on every row)."""
        return self.col.db.execute(
            "SELECT 1 FROM hazards WHERE township_id != (SELECT township_id FROM hazards LIMIT 1) LIMIT 1"
        ).fetchone() is not None

    def export_rows(self, flt: LedgerFilter, today: str | None = None, lang: str | None = None) -> list[list[str]]:
        """The rows as printed: labels (state, severity, campaign, overdue) in the language, dates ISO."""
        en = _en(lang)
        states, severities = (STATE_EN, SEVERITY_EN) if en else (STATE_ZH, SEVERITY_ZH)
        yes = "Yes" if en else "是"
        out = []
        for r in self.page(flt, 0, -1, today):
            out.append([
                r["number"], r["found_on"], r["township"], r["enterprise"], r["description"],
                severities.get(r["severity"], r["severity"]), states.get(r["state"], r["state"]),
                r["deadline"] or "", yes if r["overdue"] else "", campaign_label(r["campaign"] or "", lang or language()),
                r["closed_on"] or "",
            ])
        return out

    def export_csv(self, flt: LedgerFilter, today: str | None = None, lang: str | None = None) -> bytes:
        """UTF-8 with BOM so Excel/WPS read Chinese correctly."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(headers(lang))
        w.writerows(self.export_rows(flt, today, lang))
        return "\ufeff".encode() + buf.getvalue().encode("utf-8")

    def export_xlsx(self, flt: LedgerFilter, today: str | None = None, lang: str | None = None) -> bytes:
        """A worksheet a spreadsheet can filter and sort: dates are dates, the header row is frozen and
        carries an autofilter, overdue rows are shaded."""
        import datetime as dt

        from openpyxl import Workbook
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter
        wb = Workbook()
        ws = wb.active
        ws.title = "Hazard ledger" if _en(lang) else "隐患台账"
        ws.append(headers(lang))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        red = PatternFill("solid", fgColor="FDE2E2")
        date_idx = [i for i, (k, _zh, _w) in enumerate(COLUMNS) if k in DATE_COLUMNS]
        overdue_idx = [k for k, _zh, _w in COLUMNS].index("overdue")
        for i, row in enumerate(self.export_rows(flt, today, lang), start=2):
            values: list[object] = list(row)
            for j in date_idx:
                try:
                    values[j] = dt.date.fromisoformat(str(row[j])[:10]) if row[j] else None
                except ValueError:
                    pass   # a malformed date stays as written
            ws.append(values)
            for j in date_idx:
                ws.cell(row=i, column=j + 1).number_format = "yyyy-mm-dd"
            if row[overdue_idx]:
                for cell in ws[i]:
                    cell.fill = red
        for idx, (_, _, width) in enumerate(COLUMNS, start=1):
            ws.column_dimensions[get_column_letter(idx)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{ws.max_row}"
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    def file_name(self, flt: LedgerFilter, kind: str, today: str | None = None, lang: str | None = None) -> str:
        """A file name saying what the export holds: 隐患台账_城关街道_逾期_重大_2026-11-30.xlsx."""
        en = _en(lang)
        parts = ["hazard-ledger" if en else "隐患台账"]
        for table, value in (("townships", flt.township_id), ("enterprises", flt.enterprise_id)):
            if value:
                row = self.col.db.execute(f"SELECT name FROM {table} WHERE id = ?", [value]).fetchone()
                if row:
                    parts.append(row[0])
        if flt.campaign:
            parts.append(campaign_label(flt.campaign, lang or language()))
        if flt.state:
            states = STATE_EN if en else STATE_ZH
            parts.append(states.get(flt.state) or ("not closed" if en else "未销号"))
        if flt.overdue:
            parts.append("overdue" if en else "逾期")
        if flt.severity:
            parts.append((SEVERITY_EN if en else SEVERITY_ZH).get(flt.severity, flt.severity))
        if flt.text.strip():
            parts.append(flt.text.strip())
        if flt.date_from or flt.date_to:
            parts.append(f"{flt.date_from or ''}~{flt.date_to or ''}")
        parts.append(today or today_iso())
        return safe_file_name("_".join(parts)) + "." + kind


def _cjk_font() -> str:
    """The documents' embedded CJK font (a clear InspectorError when the machine has none)."""
    from inspector_app.core.documents import fonts
    return fonts.register()


def export_pdf(ledger: Ledger, flt: LedgerFilter, title: str | None = None, today: str | None = None,
               lang: str | None = None) -> bytes:
    """A printable ledger: landscape A4, header row repeated on every page, overdue rows shaded."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontSize=8)
    title = title or ("Hazard ledger" if _en(lang) else "隐患台账")
    rows = ledger.export_rows(flt, today, lang)
    data = [[Paragraph(h, head) for h in headers(lang)]] + [[Paragraph(str(v), cell) for v in r] for r in rows]
    widths = [w * (277 / sum(c[2] for c in COLUMNS)) * mm for _, _, w in COLUMNS]  # fill 277 mm
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [("FONT", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(rows, start=1):
        if r[8]:
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fde2e2")))
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    s = ledger.summary(flt, today)
    if _en(lang):
        caption = (f"{s['total']} hazards; not closed {s['total'] - s['closed']}, overdue {s['overdue']}, "
                   f"major {s['major']} (exported {today or today_iso()})")
    else:
        caption = (f"共 {s['total']} 条；未销号 {s['total'] - s['closed']}，逾期 {s['overdue']}，重大 {s['major']}"
                   f"（导出日期 {today or today_iso()}）")
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=10 * mm, rightMargin=10 * mm,
                            topMargin=10 * mm, bottomMargin=10 * mm, title=title,
                            initialFontName=font)  # no unembedded Helvetica reference
    doc.build([Paragraph(title, ParagraphStyle("t", fontName=font, fontSize=14, leading=18)),
               Paragraph(caption, ParagraphStyle("c", fontName=font, fontSize=8.5, leading=12)), table])
    return buf.getvalue()
