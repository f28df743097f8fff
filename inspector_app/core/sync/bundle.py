"""The bundle container (docs/bundle-format.md): writing it, and reading it as untrusted input.

Everything here runs before a byte is written to the data directory: zip structure, sizes and
ratios, manifest schema and version, payload hash, decryption, the inner zip, the operation
schema and the attachment hashes. A failed check raises BundleRejected with a bilingual message.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from typing import Any

from inspector_app.core.errors import InspectorError, UnusableInput
from inspector_app.core.jsonutil import canonical

FORMAT = "inspector-bundle"
VERSION = 1
EXTENSION = ".isb"
OUTER_ENTRIES = ("manifest.json", "signature.txt", "payload.bin")

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 50_000
MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_RATIO = 200               # uncompressed / compressed, per entry
MAX_MANIFEST_BYTES = 256 * 1024
MAX_FIELD_CHARS = 500_000     # one field value (documents.content is the largest)
MAX_ID_CHARS = 200
MAX_OPS_PER_BUNDLE = 5_000_000
MAX_JSON_DEPTH = 8            # manifest, contents and operations nest 3 levels at most
MAX_CONTENTS_BYTES = 64 * 1024 * 1024
MAX_CONTROL_LIST = 100_000    # entries of a list in `control` (refusals, serial blocks)

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,120}$")


class BundleRejected(UnusableInput):
    """A bundle that fails a check; nothing was changed."""


class BundleQuarantined(InspectorError):
    """A bundle from an unknown, pending or revoked device: kept, not applied."""

    exit_code = 3


def reject(zh: str, en: str) -> BundleRejected:
    return BundleRejected(f"数据包被拒绝，未做任何修改：{zh}", f"Bundle rejected, nothing was changed: {en}")


@dataclass
class Bundle:
    """A bundle after the outer checks (manifest parsed, payload still sealed)."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: str
    payload: bytes
    sha256: str                      # of the whole file
    ops: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    control: dict[str, Any] = field(default_factory=dict)


def aad(manifest: dict[str, Any]) -> bytes:
    return f"{FORMAT}|{manifest['version']}|{manifest['bundle_id']}|{manifest['sender']}|{manifest['recipient']}".encode()


# ---------------------------------------------------------------- writing

def zip_bytes(entries: dict[str, bytes], compress: bool) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def inner_payload(ops: list[dict[str, Any]], attachments: list[dict[str, Any]], files: dict[str, bytes],
                  control: dict[str, Any]) -> bytes:
    ops_bytes = "".join(canonical(op) + "\n" for op in ops).encode("utf-8")
    contents = {"ops_sha256": hashlib.sha256(ops_bytes).hexdigest(), "ops": len(ops),
                "attachments": attachments, "control": control}
    entries = {"contents.json": canonical(contents).encode("utf-8"), "ops.jsonl": ops_bytes}
    for sha, data in files.items():
        entries[f"files/{sha}"] = data
    return zip_bytes(entries, compress=True)


def outer_bytes(manifest: dict[str, Any], signature: str, payload: bytes) -> bytes:
    return zip_bytes({"manifest.json": canonical(manifest).encode("utf-8"),
                      "signature.txt": signature.encode(), "payload.bin": payload}, compress=False)


# ---------------------------------------------------------------- reading

def _safe_entries(data: bytes, what: str, allowed: tuple[str, ...] | None) -> dict[str, bytes]:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise reject(f"{what}不是完整的ZIP文件（可能被截断或损坏）",
                     f"the {what_en(what)} is not a complete zip file (truncated or damaged)") from e
    if len(infos) > MAX_ENTRIES:
        raise reject(f"{what}中的文件过多（{len(infos)}）", f"too many entries in the {what_en(what)} ({len(infos)})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name:
            raise reject(f"{what}中含有绝对路径“{name}”", f"absolute path '{name}' in the {what_en(what)}")
        if ".." in name.split("/"):
            raise reject(f"{what}中含有“..”路径“{name}”", f"'..' in path '{name}' in the {what_en(what)}")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or name.endswith("/"):
            raise reject(f"{what}中含有链接或文件夹“{name}”", f"link or folder entry '{name}' in the {what_en(what)}")
        if name in seen:
            raise reject(f"{what}中有重复的文件名“{name}”", f"duplicate entry '{name}' in the {what_en(what)}")
        seen.add(name)
        if allowed is not None and name not in allowed:
            raise reject(f"{what}中有未知文件“{name}”", f"unexpected entry '{name}' in the {what_en(what)}")
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise reject(f"{what}解压后过大", f"the {what_en(what)} is too large when uncompressed")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise reject(f"{what}中“{name}”的压缩比异常（疑似压缩炸弹）",
                         f"entry '{name}' in the {what_en(what)} has an abnormal compression ratio (zip bomb?)")
    out = {}
    try:
        for info in infos:
            out[info.filename] = z.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zipfile.LargeZipFile) as e:
        raise reject(f"{what}已损坏（校验失败）", f"the {what_en(what)} is damaged (checksum failed)") from e
    return out


def what_en(what: str) -> str:
    return {"数据包": "bundle", "数据包内容": "bundle payload"}.get(what, what)


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"\{\}|\[\]")


def nesting_within(text: str, max_depth: int) -> bool:
    """True when the JSON text nests objects/arrays at most `max_depth` deep. Runs in C-speed
    regex passes (strings removed, then innermost pairs peeled once per level), so a hostile
    file is measured before the recursive parser ever sees it."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    for _ in range(max_depth):
        if not brackets:
            return True
        brackets = _INNERMOST.sub("", brackets)
    return not brackets


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("number out of range")
    return value


def load_json(data: bytes | str, name: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse untrusted JSON: UTF-8, nesting at most `max_depth`, no NaN/Infinity (nor numbers
    that overflow to them). Any failure is a BundleRejected naming `name`."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        if not nesting_within(text, max_depth):
            raise reject(f"{name} 嵌套层数过多（超过 {max_depth} 层）或括号不匹配",
                         f"{name} is nested more than {max_depth} levels deep or its brackets do not match")
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError) as e:
        raise reject(f"{name} 不是有效的JSON", f"{name} is not valid JSON") from e


def _json(data: bytes, name: str) -> Any:
    return load_json(data, name)


def _want(cond: bool, zh: str, en: str) -> None:
    if not cond:
        raise reject(f"格式不符：{zh}", f"schema violation: {en}")


def _str(value: Any, name: str, max_len: int = MAX_ID_CHARS, empty: bool = False) -> None:
    _want(isinstance(value, str), f"{name} 应为文本", f"{name} must be a string")
    _want(len(value) <= max_len, f"{name} 过长", f"{name} is too long")
    _want(empty or bool(value), f"{name} 不能为空", f"{name} must not be empty")


def _int(value: Any, name: str) -> None:
    _want(isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62,
          f"{name} 应为非负整数", f"{name} must be a non-negative integer")


def read_outer(raw: bytes) -> Bundle:
    if len(raw) > MAX_BUNDLE_BYTES:
        raise reject("文件超过512 MB", "the file is larger than 512 MB")
    entries = _safe_entries(raw, "数据包", OUTER_ENTRIES)
    for name in OUTER_ENTRIES:
        if name not in entries:
            raise reject(f"缺少 {name}（签名或内容缺失）", f"{name} is missing (no signature or content)")
    mbytes = entries["manifest.json"]
    if len(mbytes) > MAX_MANIFEST_BYTES:
        raise reject("清单过大", "the manifest is too large")
    m = _json(mbytes, "manifest.json")
    _want(isinstance(m, dict), "清单应为对象", "the manifest must be an object")
    _want(m.get("format") == FORMAT, "不是本应用的数据包", "not a bundle of this app")
    _int(m.get("version"), "version")
    if m["version"] > VERSION:
        raise reject(f"数据包格式版本 {m['version']} 来自更新的程序版本，请先升级本程序",
                     f"format version {m['version']} comes from a newer version of the app; upgrade first")
    _want(m["version"] == VERSION, "格式版本无效", "invalid format version")
    for key in ("bundle_id", "sender", "recipient", "created_at", "sender_role"):
        _str(m.get(key), key)
    _want(m["sender_role"] in ("inspector", "district"), "sender_role 无效", "invalid sender_role")
    seq = m.get("seq")
    _want(isinstance(seq, dict), "seq 应为对象", "seq must be an object")
    _int(seq.get("from"), "seq.from")
    _int(seq.get("to"), "seq.to")
    counts = m.get("counts")
    _want(isinstance(counts, dict), "counts 应为对象", "counts must be an object")
    _int(counts.get("ops"), "counts.ops")
    _int(counts.get("attachments"), "counts.attachments")
    p = m.get("payload")
    _want(isinstance(p, dict), "payload 应为对象", "payload must be an object")
    _want(isinstance(p.get("sha256"), str) and bool(_HEX64.match(p["sha256"])), "payload.sha256 无效",
          "invalid payload.sha256")
    _int(p.get("size"), "payload.size")
    enc = p.get("encryption")
    _want(isinstance(enc, dict) and enc.get("alg") == "X25519-HKDF-SHA256-AES256GCM"
          and isinstance(enc.get("epk"), str) and isinstance(enc.get("nonce"), str),
          "加密信息无效", "invalid encryption header")
    enr = m.get("enrollment")
    if enr is not None:
        _want(isinstance(enr, dict), "enrollment 应为对象", "enrollment must be an object")
        _want(set(enr) == {"sign_key"} and isinstance(enr["sign_key"], str)
              and bool(re.fullmatch(r"[0-9a-f]{64}", enr["sign_key"])), "enrollment 无效", "invalid enrollment")
    sig = entries["signature.txt"].decode("ascii", "replace").strip()
    _want(bool(re.fullmatch(r"[0-9a-f]{128}", sig)), "签名格式无效", "malformed signature")
    payload = entries["payload.bin"]
    if len(payload) != p["size"] or hashlib.sha256(payload).hexdigest() != p["sha256"]:
        raise reject("内容与清单中的哈希不符（文件被改动或损坏）",
                     "the payload does not match the manifest's hash (altered or damaged)")
    return Bundle(m, mbytes, sig, payload, hashlib.sha256(raw).hexdigest())


def read_inner(b: Bundle, plaintext: bytes, columns: dict[str, set[str]]) -> None:
    """Parse the decrypted payload into b.ops / attachments / files / control, checking everything."""
    entries = _safe_entries(plaintext, "数据包内容", None)
    for name in entries:
        _want(name in ("contents.json", "ops.jsonl") or (name.startswith("files/") and bool(_HEX64.match(name[6:]))),
              f"未知的内容文件 {name}", f"unexpected payload entry {name}")
    _want("contents.json" in entries and "ops.jsonl" in entries, "缺少 contents.json 或 ops.jsonl",
          "contents.json or ops.jsonl missing")
    if len(entries["contents.json"]) > MAX_CONTENTS_BYTES:
        raise reject("contents.json 过大", "contents.json is too large")
    c = _json(entries["contents.json"], "contents.json")
    _want(isinstance(c, dict), "contents.json 应为对象", "contents.json must be an object")
    ops_bytes = entries["ops.jsonl"]
    if hashlib.sha256(ops_bytes).hexdigest() != c.get("ops_sha256"):
        raise reject("操作记录与清单哈希不符", "ops.jsonl does not match its hash")
    ctl = c.get("control", {})
    _want(isinstance(ctl, dict), "control 应为对象", "control must be an object")
    b.control = ctl
    atts = c.get("attachments", [])
    _want(isinstance(atts, list), "attachments 应为列表", "attachments must be a list")
    for a in atts:
        _want(isinstance(a, dict) and isinstance(a.get("sha256"), str) and bool(_HEX64.match(a["sha256"])),
              "附件信息无效", "invalid attachment entry")
        _want(a.get("kind") in ("photo", "signature", "pdf", "other"), "附件类型无效", "invalid attachment kind")
        _str(a.get("mime"), "mime", 100)
        _int(a.get("size"), "attachment size")
        for key in ("original_name", "created_at", "device_id", "taken_at"):
            if a.get(key) is not None:
                _str(a[key], key, 300, empty=True)
        for key in ("width", "height"):
            if a.get(key) is not None:
                _int(a[key], key)
        for key, limit in (("gps_lat", 90), ("gps_lon", 180), ("gps_alt", 100000)):
            if a.get(key) is not None:
                _want(isinstance(a[key], (int, float)) and not isinstance(a[key], bool) and abs(a[key]) <= limit,
                      f"附件位置 {key} 无效", f"invalid attachment {key}")
        data = entries.get(f"files/{a['sha256']}")
        if data is None:
            raise reject(f"格式不符：缺少附件文件 {a['sha256'][:12]}",
                         f"schema violation: attachment file {a['sha256'][:12]} missing")
        if hashlib.sha256(data).hexdigest() != a["sha256"] or len(data) != a["size"]:
            raise reject(f"附件 {a['sha256'][:12]} 与其哈希不符", f"attachment {a['sha256'][:12]} does not match its hash")
        b.files[a["sha256"]] = data
    b.attachments = atts
    _want(len(b.files) == sum(1 for n in entries if n.startswith("files/")), "有未列出的附件文件",
          "unlisted attachment files")
    try:
        text = ops_bytes.decode("utf-8")
    except UnicodeDecodeError as e:
        raise reject("ops.jsonl 不是UTF-8文本", "ops.jsonl is not UTF-8") from e
    if not nesting_within(text, 3):  # operation -> fields -> value
        raise reject("ops.jsonl 嵌套层数过多或括号不匹配", "ops.jsonl is nested too deeply or its brackets do not match")
    # Only "\n" separates operations: values may hold U+2028 and other characters splitlines() breaks on.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    _want(len(lines) == c.get("ops") == b.manifest["counts"]["ops"] and len(lines) <= MAX_OPS_PER_BUNDLE,
          "操作数量与清单不符", "operation count does not match the manifest")
    _want(len(atts) == b.manifest["counts"]["attachments"], "附件数量与清单不符",
          "attachment count does not match the manifest")
    ops = []
    for i, line in enumerate(lines, 1):
        try:
            op = json.loads(line)  # NaN/Infinity parse here: the value check refuses that operation alone
        except (ValueError, RecursionError) as e:
            raise reject(f"第 {i} 条操作不是有效的JSON", f"operation {i} is not valid JSON") from e
        check_op(op, i, columns)
        ops.append(op)
    b.ops = ops


_OP_KEYS = {"id", "origin", "oseq", "hlc", "tbl", "row", "kind", "fields", "prev", "scope"}


_SCALARS = (int, float, str, type(None))


def check_op(op: Any, i: int, columns: dict[str, set[str]]) -> None:
    """Validate one operation; a fast path for the common, valid case, details on failure."""
    try:
        allowed = columns[op["tbl"]]
        if (type(op) is dict and op.keys() == _OP_KEYS and type(op["id"]) is str and 0 < len(op["id"]) <= 64
                and type(op["origin"]) is str and 0 < len(op["origin"]) <= 64
                and type(op["row"]) is str and 0 < len(op["row"]) <= MAX_ID_CHARS
                and type(op["scope"]) is str and len(op["scope"]) <= 64
                and type(op["oseq"]) is int and 0 <= op["oseq"] < 2**62
                and type(op["hlc"]) is int and 0 <= op["hlc"] < 2**62
                and op["kind"] in ("insert", "update") and type(op["fields"]) is dict and op["fields"]
                and type(op["prev"]) is dict
                and all(k in allowed and type(v) in _SCALARS and (type(v) is not str or len(v) <= MAX_FIELD_CHARS)
                        and (type(v) is not int or -2**63 <= v < 2**63)
                        for part in (op["fields"], op["prev"]) for k, v in part.items())):
            return
    except (KeyError, TypeError, AttributeError):
        pass
    _check_op_detail(op, i, columns)
    raise reject(f"第 {i} 条操作格式不符", f"operation {i} does not match the schema")


def _check_op_detail(op: Any, i: int, columns: dict[str, set[str]]) -> None:
    _want(isinstance(op, dict) and set(op) == _OP_KEYS, f"第 {i} 条操作的字段不符", f"operation {i} has wrong keys")
    _str(op["id"], f"op {i} id", 64)
    _str(op["origin"], f"op {i} origin", 64)
    _int(op["oseq"], f"op {i} oseq")
    _int(op["hlc"], f"op {i} hlc")
    _str(op["row"], f"op {i} row", MAX_ID_CHARS)
    _str(op["scope"], f"op {i} scope", 64, empty=True)
    _want(op["kind"] in ("insert", "update"), f"第 {i} 条操作类型无效", f"operation {i} has an invalid kind")
    if op["tbl"] not in columns:
        raise reject(f"第 {i} 条操作针对不允许同步的表“{op['tbl']}”",
                     f"operation {i} targets table '{op['tbl']}', which is not synced")
    allowed = columns[op["tbl"]]
    for part in ("fields", "prev"):
        values = op[part]
        _want(isinstance(values, dict), f"第 {i} 条操作的 {part} 应为对象", f"operation {i}: {part} must be an object")
        for k, v in values.items():
            if k not in allowed:
                raise reject(f"第 {i} 条操作含有不允许的字段“{op['tbl']}.{k}”",
                             f"operation {i} sets column '{op['tbl']}.{k}', which is not synced")
            _want(v is None or (isinstance(v, (int, float, str)) and not isinstance(v, bool)),
                  f"字段 {k} 的类型无效", f"field {k} has an invalid type")
            _want(not isinstance(v, str) or len(v) <= MAX_FIELD_CHARS, f"字段 {k} 过长", f"field {k} is too long")
            _want(not isinstance(v, int) or -2**63 <= v < 2**63, f"字段 {k} 数值越界", f"field {k} out of range")
    _want(bool(op["fields"]), f"第 {i} 条操作没有字段", f"operation {i} changes no field")


def safe_file_name(name: Any) -> bool:
    return isinstance(name, str) and bool(_SAFE_NAME.match(name)) and ".." not in name
