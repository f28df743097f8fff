"""Importing the enterprise register (名录库) from the XLSX or CSV files districts already keep.

Headers are matched by their usual names (企业名称, 统一社会信用代码, 乡镇（街道）, ...; full-width and
half-width brackets and spaces do not matter); the header row may follow a title row. Every row is
checked before anything is written: a bad credit code, an unknown township, a duplicate within the
file, a bad phone number, sector or class make the row invalid, reported by its row number in the
file. Valid rows are inserted in one transaction; rows whose credit code is already registered are
skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.core import uscc as uscc_mod
from inspector_app.core.changes import OpChanges
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.enterprises import SECTORS, SUPERVISION_CLASSES, phone_problem
from inspector_app.core.errors import UnusableInput

if TYPE_CHECKING:
    from inspector_app.core.collection import Collection

# field -> header names seen in district registers (compared after normalising, see _norm).
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("企业名称", "单位名称", "企业（单位）名称", "名称"),
    "uscc": ("统一社会信用代码", "社会信用代码", "信用代码", "统一代码"),
    "township": ("乡镇（街道）", "乡镇街道", "所属乡镇（街道）", "所属乡镇", "乡镇", "街道", "属地"),
    "address": ("地址", "企业地址", "生产经营地址", "经营地址", "注册地址"),
    "principal": ("主要负责人", "负责人", "法定代表人"),
    "phone": ("联系电话", "电话", "手机", "联系方式"),
    "industry": ("行业", "所属行业", "国民经济行业"),
    "risk_tags": ("风险标签", "风险类别", "风险类型"),
    "sector": ("行业类别", "监管类别", "行业领域", "监管行业"),
    "supervision_class": ("分级", "监管分级", "分级分类", "分类分级", "监管等级"),
}
REQUIRED = ("name", "uscc")
LABELS = {"name": "企业名称", "uscc": "统一社会信用代码", "township": "乡镇（街道）"}

# Values of the sector column -> core.enterprises.SECTORS ids.
SECTOR_WORDS = {**{zh: key for key, zh in SECTORS.items()}, **{key: key for key in SECTORS},
                "工商贸": "industry_trade", "冶金工贸": "industry_trade", "危险化学品": "hazardous_chemicals",
                "危化品": "hazardous_chemicals", "建筑施工": "construction", "建筑业": "construction"}
_TAG_SPLIT = re.compile(r"[、,，;；/|\s]+")
_HEADER_SCAN = 10     # rows searched for the header row (a title row may come first)


@dataclass
class RowError:
    row: int                     # row number as the spreadsheet shows it (1-based, header counted)
    reasons: list[tuple[str, str]]   # (zh, en)
    name: str = ""
    uscc: str = ""


@dataclass
class ImportReport:
    file: str
    mapping: dict[str, str]      # field -> header found
    total: int = 0
    valid: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    existing: list[tuple[int, str, str]] = field(default_factory=list)   # (row, uscc, name) already registered
    imported: int = 0
    dry_run: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "mapping": self.mapping, "rows": self.total, "valid": len(self.valid),
                "imported": self.imported, "dry_run": self.dry_run,
                "already_registered": [{"row": r, "uscc": u, "name": n} for r, u, n in self.existing],
                "invalid": [{"row": e.row, "name": e.name, "uscc": e.uscc,
                             "reasons": [{"zh": zh, "en": en} for zh, en in e.reasons]} for e in self.errors]}


def _norm(header: Any) -> str:
    text = str(header or "").strip()
    text = text.replace("（", "(").replace("）", ")").replace("*", "").replace("＊", "")
    return re.sub(r"\s+", "", text)


_LOOKUP = {_norm(h): f for f, names in HEADERS.items() for h in names}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)     # phone numbers typed as numbers in Excel
    return str(value).strip()


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) of the first sheet of an XLSX file or of a CSV file."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnusableInput(f"无法读取文件“{path}”：{e.strerror or e}",
                            f"Cannot read '{path}': {e.strerror or e}") from e
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, data)
    if suffix in (".csv", ".txt"):
        return _csv_rows(path, data)
    if suffix == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnusableInput(f"“{path.name}”是旧版 Excel（.xls）文件，请在 Excel/WPS 中另存为 .xlsx 后再导入。",
                            f"'{path.name}' is an old Excel (.xls) file; save it as .xlsx in Excel/WPS "
                            "and import that.")
    raise UnusableInput(f"不支持的文件类型“{path.suffix or path.name}”：请使用 .xlsx 或 .csv 文件。",
                        f"Unsupported file type '{path.suffix or path.name}': use an .xlsx or .csv file.")


def _xlsx_rows(path: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    import openpyxl
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise UnusableInput(f"“{path.name}”不是有效的 .xlsx 文件（无法打开），未导入任何数据。",
                            f"'{path.name}' is not a valid .xlsx file (cannot be opened); nothing was imported.") from e
    ws = wb.worksheets[0]

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
                yield i, [_cell(v) for v in values]
        finally:
            wb.close()
    return rows()


def _csv_rows(path: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    for encoding in ("utf-8-sig", "gb18030"):   # Excel and WPS save Chinese CSV in GBK unless told otherwise
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnusableInput(f"“{path.name}”不是可识别的文本编码（应为 UTF-8 或 GBK），未导入任何数据。",
                            f"'{path.name}' is not UTF-8 or GBK text; nothing was imported.")
    if "\x00" in text:
        raise UnusableInput(f"“{path.name}”不是 CSV 文本文件，未导入任何数据。",
                            f"'{path.name}' is not a CSV text file; nothing was imported.")
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return ((reader.line_num, [c.strip() for c in row]) for row in reader)


def find_header(rows: Iterator[tuple[int, list[str]]], path: Path) -> tuple[int, dict[str, int], dict[str, str]]:
    """Consume rows up to the header row; return its number, field -> column index, field -> header."""
    best: tuple[int, dict[str, int], dict[str, str]] | None = None
    for n, cells in rows:
        cols: dict[str, int] = {}
        names: dict[str, str] = {}
        for i, c in enumerate(cells):
            f = _LOOKUP.get(_norm(c))
            if f and f not in cols:
                cols[f], names[f] = i, c
        if all(f in cols for f in REQUIRED):
            return n, cols, names
        if cols and (best is None or len(cols) > len(best[1])):
            best = (n, cols, names)
        if n >= _HEADER_SCAN:
            break
    missing = [LABELS[f] for f in REQUIRED if best is None or f not in best[1]]
    raise UnusableInput(
        f"“{path.name}”的前{_HEADER_SCAN}行中找不到表头列：{'、'.join(missing)}。未导入任何数据。",
        f"No header row with the column(s) {', '.join(missing)} in the first {_HEADER_SCAN} rows of "
        f"'{path.name}'; nothing was imported.")


def _sector(value: str) -> str | None:
    return "" if not value else SECTOR_WORDS.get(value.replace(" ", ""))


def _class(value: str) -> str | None:
    v = value.upper().replace("类", "").replace("级", "").strip()
    return v if (not v or v in SUPERVISION_CLASSES) else None


class RegisterImport:
    """`col.register_import`: check a register file, then import its valid rows."""

    def __init__(self, col: Collection):
        self.col = col
        self.db = col.db

    def check(self, path: Path | str, default_township: str = "") -> ImportReport:
        """Read and check every row; nothing is written."""
        path = Path(path)
        rows = read_rows(path)
        _header_row, cols, names = find_header(rows, path)
        if "township" not in cols and not default_township:
            raise UnusableInput(
                f"“{path.name}”没有“乡镇（街道）”列：请添加该列，或指定所有企业所属的乡镇。未导入任何数据。",
                f"'{path.name}' has no township column (乡镇（街道）): add one or name the township for all "
                f"rows; nothing was imported.")
        townships = {name: tid for tid, name in self.db.execute("SELECT id, name FROM townships")}
        if default_township and default_township not in townships:
            raise UnusableInput(f"未知的乡镇：{default_township}", f"Unknown township: {default_township}")
        registered = {code: name for code, name in self.db.execute("SELECT uscc, name FROM enterprises")}
        seen: dict[str, int] = {}
        report = ImportReport(str(path), {f: names[f] for f in names})
        for n, cells in rows:
            get = {f: (cells[i] if i < len(cells) else "") for f, i in cols.items()}
            if not any(get.values()):
                continue     # blank line
            report.total += 1
            reasons: list[tuple[str, str]] = []
            name = get["name"]
            code = uscc_mod.normalise(get["uscc"])
            if not name:
                reasons.append(("企业名称为空", "the enterprise name is empty"))
            if not code:
                reasons.append(("统一社会信用代码为空", "the credit code is empty"))
            else:
                why = uscc_mod.problem(code)
                if why:
                    reasons.append(why)
            tname = get.get("township") or default_township
            tid = townships.get(tname)
            if tid is None:
                reasons.append((f"未知的乡镇（街道）“{tname}”" if tname else "乡镇（街道）为空",
                                f"unknown township '{tname}'" if tname else "the township is empty"))
            if code and code in seen:
                reasons.append((f"与第{seen[code]}行的统一社会信用代码重复",
                                f"duplicate of the credit code in row {seen[code]}"))
            phone = get.get("phone", "")
            if phone_problem(phone):
                reasons.append((f"电话号码格式不正确：{phone}", f"invalid phone number: {phone}"))
            sector = _sector(get.get("sector", ""))
            if sector is None:
                reasons.append((f"未知的行业类别“{get['sector']}”（应为工贸、危化、建筑或其他）",
                                f"unknown sector '{get['sector']}' (工贸, 危化, 建筑 or 其他)"))
            klass = _class(get.get("supervision_class", ""))
            if klass is None:
                reasons.append((f"未知的分级“{get['supervision_class']}”（应为A、B、C或D）",
                                f"unknown supervision class '{get['supervision_class']}' (A, B, C or D)"))
            if code and code not in seen:
                seen[code] = n
            if reasons:
                report.errors.append(RowError(n, reasons, name, code))
                continue
            if code in registered:
                report.existing.append((n, code, registered[code]))
                continue
            tags = [t for t in _TAG_SPLIT.split(get.get("risk_tags", "")) if t]
            report.valid.append({
                "township_id": tid, "name": name, "uscc": code, "address": get.get("address", ""),
                "principal": get.get("principal", ""), "phone": phone.replace(" ", ""),
                "industry": get.get("industry", ""), "risk_tags": json.dumps(tags, ensure_ascii=False),
                "sector": sector or "", "supervision_class": klass or ""})
        return report

    def run(self, path: Path | str, *, dry_run: bool = False, default_township: str = "") -> ImportReport:
        """Check the file and, unless `dry_run`, insert its valid rows in one transaction."""
        report = self.check(path, default_township)
        report.dry_run = dry_run
        if dry_run or not report.valid:
            return report
        with self.db.atomic():
            self.insert(report.valid)
            self.col.audit.append(self.col.actor(), "enterprise.import", "enterprises", "",
                                  {"file": Path(path).name, "rows": report.total, "imported": len(report.valid),
                                   "invalid": len(report.errors), "already_registered": len(report.existing)})
        report.imported = len(report.valid)
        return report

    def insert(self, rows: Iterable[dict[str, Any]]) -> OpChanges:
        now, device = now_iso(), self.col.device_id
        columns = ("id", "created_at", "updated_at", "device_id", "township_id", "name", "uscc", "address",
                   "principal", "phone", "industry", "risk_tags", "sector", "supervision_class")
        values = [(new_id(), now, now, device, r["township_id"], r["name"], r["uscc"], r["address"],
                   r["principal"], r["phone"], r["industry"], r["risk_tags"], r["sector"], r["supervision_class"])
                  for r in rows]
        changes = OpChanges()
        with self.db.atomic():
            self.db.conn.executemany(
                f"INSERT INTO enterprises ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
        for v in values:
            changes.add("enterprises", v[0])
        return changes
