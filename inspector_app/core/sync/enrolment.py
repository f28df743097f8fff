"""`col.sync.enrolment`: the district's identity (card, CA), device enrolment (approve, revoke,
quarantine), document serial blocks and district-certified signers; on a laptop, trusting the
district's card."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.core import clock
from inspector_app.core.clock import new_id, now_iso
from inspector_app.core.datadir import atomic_write_text
from inspector_app.core.errors import ValidationError
from inspector_app.core.lazy import LazyModule
from inspector_app.core.sync import bundle as bf
from inspector_app.core.sync import reasons
from inspector_app.core.sync import district as district_card
from inspector_app.core.sync.district import MAX_SERIAL_BLOCK_SIZE, _document_root, card_fingerprint

if TYPE_CHECKING:
    from inspector_app.core.documents import keys as doc_keys
    from inspector_app.core.sync import crypto
    from inspector_app.core.sync.service import ImportResult, SyncService
else:   # cryptography loads when a key is made or a card read, not when the collection opens
    crypto = LazyModule("inspector_app.core.sync.crypto")
    doc_keys = LazyModule("inspector_app.core.documents.keys")


class Enrolment:
    def __init__(self, sync: "SyncService"):
        self.sync = sync
        self.col = sync.col
        self.db = sync.db

    # ------------------------------------------------------------ district identity
    def setup_district(self) -> dict[str, Any]:
        """Create the district's keys and CA certificate (idempotent); returns the district card."""
        prof = self.sync._profile()
        if prof["role"] != "district":
            raise ValidationError("只有区级角色可以建立证书颁发机构", "Only the district role holds the CA")
        with self.db.atomic():
            if not self.sync._meta("sync_ca_certificate"):
                self.sync._set_meta("sync_ca_certificate", crypto.make_ca_certificate(self.sync.keys, prof["unit_name"]))
            self.db.execute("UPDATE devices SET public_key = ?, box_key = ?, certificate = ? WHERE id = ?",
                            [self.sync.keys.sign_public, self.sync.keys.box_public, self.sync._meta("sync_ca_certificate"),
                             self.col.device_id])
        doc_keys.DistrictCA(self.col).create(prof["unit_name"])
        return self.card()

    def card(self) -> dict[str, Any]:
        prof = self.sync._profile()
        return {"format": "inspector-district-card", "version": 1, "device_id": self.col.device_id,
                "unit": prof["unit_name"], "district": prof["district"], "sign_key": self.sync.keys.sign_public,
                "box_key": self.sync.keys.box_public, "ca_certificate": self.sync._meta("sync_ca_certificate") or "",
                "doc_ca_certificate": doc_keys.DistrictCA(self.col).root_pem()}

    def write_card(self, path: Path) -> Path:
        self.setup_district()
        atomic_write_text(Path(path), json.dumps(self.card(), ensure_ascii=False, indent=2))
        return Path(path)

    def district(self) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM devices WHERE status = 'district' LIMIT 1"))
        return rows[0] if rows else None

    def read_card(self, card_path: Path | str) -> dict[str, Any]:
        """Parse and check a district card file (UnusableInput when it is not one)."""
        try:
            path = Path(card_path)
            if path.stat().st_size > bf.MAX_MANIFEST_BYTES:
                raise ValueError("card too large")
            card = bf.load_json(path.read_bytes(), path.name)
            assert isinstance(card, dict) and card.get("format") == "inspector-district-card"
            for k in ("device_id", "sign_key", "box_key"):
                assert isinstance(card[k], str) and len(card[k]) <= 200
            bytes.fromhex(card["sign_key"]), bytes.fromhex(card["box_key"])
        except (OSError, ValueError, AssertionError, KeyError, TypeError, bf.BundleRejected) as e:
            raise bf.UnusableInput("区局名片文件无效", "The district card file is invalid") from e
        return card

    def trust_district(self, card_path: Path | str, *, fingerprint: str | None = None,
                       replace: bool = False) -> dict[str, Any]:
        """Trust the district named by a card, on purpose: the CLI's --trust, or the GUI after the user
        confirmed the fingerprint (passed here, so the file cannot change in between). A card that differs
        from the district already trusted is refused unless `replace` (the laptop then enrols anew)."""
        card = self.read_card(card_path)
        fp = card_fingerprint(card)
        if fingerprint is not None and fingerprint.replace(" ", "").upper() != fp.replace(" ", ""):
            raise bf.UnusableInput("名片的指纹与确认的不符（文件已被更换），未做修改。",
                                   "The card's fingerprint differs from the one confirmed (the file was replaced); "
                                   "nothing changed.")
        known = self.district()
        same = known and known["id"] == card["device_id"] and known["public_key"] == card["sign_key"]
        if known and not same and not replace:
            raise bf.UnusableInput(
                f"该名片与已信任的区局不符，未做修改。名片指纹：{fp}。如区局确实更换了密钥，请先向区局核对该指纹，"
                f"再运行 inspector sync --trust 名片文件 --replace（或在“同步”页选择“信任区局名片…”并确认），"
                f"本机随后须重新登记。",
                f"This card does not match the district already trusted; nothing changed. Card fingerprint: {fp}. "
                f"If the district really changed its keys, check this fingerprint with the district office, then run "
                f"inspector sync --trust CARD --replace (or 同步 → 信任区局名片… and confirm); this laptop then "
                f"enrols again.")
        if same:
            return card
        now = now_iso()
        with self.db.atomic():
            if known:  # re-trust on purpose: the old district, its progress and our enrolment go
                self.db.execute("DELETE FROM devices WHERE id = ?", [known["id"]])
                self.db.execute("DELETE FROM sync_peers WHERE peer_id = ?", [known["id"]])
                self.db.execute("UPDATE devices SET certificate = '' WHERE id = ?", [self.col.device_id])
            self.db.table("devices").insert({
                "id": card["device_id"], "name": str(card.get("unit", ""))[:200], "role": "district",
                "public_key": card["sign_key"], "box_key": card["box_key"],
                "certificate": str(card.get("ca_certificate", ""))[:20000], "status": "district",
                "created_at": now, "updated_at": now})
            root = _document_root(card.get("doc_ca_certificate"))
            if root:  # documents of every inspector of this district verify here from now on
                self.sync._set_meta("district_doc_ca", root)
                self.col.keys.install_district_root(root)
            self.col.audit.append(self.col.actor(), "sync.trust_district", "devices", card["device_id"],
                                  {"fingerprint": fp, "replaced": known["id"] if known else ""})
        return card

    def untrusted_card(self, folder: Path | str) -> dict[str, Any] | None:
        """A district card lying in `folder` that is not the trusted district's: shown, never trusted silently."""
        from inspector_app.core.sync.service import CARD_NAME
        path = Path(folder) / CARD_NAME
        if self.sync.is_district() or not path.is_file():
            return None
        try:
            card = self.read_card(path)
        except bf.UnusableInput:
            return None
        known = self.district()
        if known and known["id"] == card["device_id"] and known["public_key"] == card["sign_key"]:
            return None
        return {"path": path, "unit": str(card.get("unit", "")), "fingerprint": card_fingerprint(card),
                "changed": bool(known)}

    # ------------------------------------------------------------ district-certified signers
    def certify_signer(self, device_id: str, request: object) -> bool:
        """District: issue (or renew) the document-signing certificate a laptop asked for with its bundle.
        A request from a device not yet approved is kept for the approval. True when a certificate was issued."""
        from inspector_app.core.documents.keys import check_certificate_request
        checked = check_certificate_request(request)
        dev = self.sync._device(device_id)
        if checked is None or dev is None:
            return False
        if dev["status"] != "approved":
            self.sync._set_meta(f"doc_key:{device_id}", json.dumps(request))
            return False
        key = checked[0]
        held = json.loads(self.sync._meta(f"doc_cert:{device_id}") or "{}")
        if held.get("key") == key and held.get("not_after", "") > (clock.utc_now()
                                                                  + dt.timedelta(days=180)).isoformat():
            return False
        from cryptography import x509
        ca = doc_keys.DistrictCA(self.col)
        ca.create(self.sync._profile()["unit_name"])
        pem = ca.issue(key, name=dev["name"] or "", cert_no=dev["cert_no"] or "", unit=dev.get("unit") or dev["township_name"] or "",
                       township=dev["township_name"] or "")
        cert = x509.load_pem_x509_certificate(pem.encode())
        self.sync._set_meta(f"doc_cert:{device_id}", json.dumps({
            "key": key, "pem": pem, "serial": cert.serial_number, "issued_at": now_iso(),
            "not_after": cert.not_valid_after_utc.isoformat(), "signer": f"{dev['name']} {dev['cert_no']}"}))
        self.db.execute("DELETE FROM meta WHERE key = ?", [f"doc_key:{device_id}"])
        self.col.keys.add_known({key: f"{dev['name']} {dev['cert_no']}"})
        self.col.audit.append(self.col.actor(), "signer.certify", "devices", device_id,
                              {"serial": str(cert.serial_number), "key": key})
        return True

    def certified_signers(self) -> dict[str, str]:
        """Public key → signer of every certificate the district issued (laptops learn them to check QR codes)."""
        rows = self.db.execute("SELECT value FROM meta WHERE key LIKE 'doc_cert:%'").fetchall()
        return {d["key"]: d["signer"] for d in (json.loads(r[0]) for r in rows)}

    def revoked_signers(self) -> dict[str, str]:
        return json.loads(self.sync._meta("doc_revoked") or "{}")

    def issued_signer_certificate(self, device_id: str) -> str:
        return str(json.loads(self.sync._meta(f"doc_cert:{device_id}") or "{}").get("pem", ""))

    # ------------------------------------------------------------ devices (district)
    def devices(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT d.*, t.name AS township FROM devices d "
                                  "LEFT JOIN townships t ON t.id = d.township_id WHERE d.status != 'self' "
                                  "ORDER BY d.status, julianday(d.created_at)"))

    def approve(self, device_id: str, township_id: str | None = None) -> list[ImportResult]:
        """Approve an enrolled device: certificate, serial block; then apply its quarantined bundles."""
        self.setup_district()
        dev = self.sync._device(device_id)
        if dev is None or dev["status"] not in ("pending", "revoked", "approved"):
            raise ValidationError(f"没有待批准的设备 {device_id}", f"No enrolled device {device_id}")
        with self.db.atomic():
            if not township_id:
                township_id = self.township_for_request(dev["township_code"], dev["township_name"])
            cert = crypto.issue_device_certificate(self.sync.keys, self.sync._meta("sync_ca_certificate") or "",
                                                   dev["public_key"], dev["name"], dev["cert_no"],
                                                   dev["township_name"])
            self.db.execute("UPDATE devices SET status = 'approved', township_id = ?, certificate = ?, "
                            "updated_at = ? WHERE id = ?", [township_id, cert, now_iso(), device_id])
            year = clock.today().year
            if not self.db.execute("SELECT 1 FROM sync_serial_blocks WHERE device_id = ? AND year = ?",
                                   [device_id, year]).fetchone():
                last = self.db.execute("SELECT IFNULL(MAX(last), 0) FROM sync_serial_blocks WHERE year = ?",
                                       [year]).fetchone()[0]
                self.db.table("sync_serial_blocks").insert({"id": new_id(), "device_id": device_id, "year": year,
                                                      "first": last + 1, "last": last + district_card.SERIAL_BLOCK_SIZE,
                                                      "issued_at": now_iso()})
            self.sync.baseline.publish_baseline(township_id)
            request = json.loads(self.sync._meta(f"doc_key:{device_id}") or "null")
            if request:
                self.certify_signer(device_id, request)
            self.col.audit.append(self.col.actor(), "device.approve", "devices", device_id,
                                  {"name": dev["name"], "township_id": township_id})
        results = []
        for q in self.quarantined(device_id):
            path = self.col.data_dir / "quarantine" / q["file"]
            try:
                res = self.sync.import_bundle(path)
            except bf.UnusableInput as e:  # e.g. forged under this device's id: stays held, listed
                with self.db.atomic():
                    self.db.execute("UPDATE sync_quarantine SET reason = ? WHERE id = ?",
                                    [reasons.both(f"批准后仍被拒绝：{e.zh}", f"rejected after approval: {e.en}"), q["id"]])
                continue
            with self.db.atomic():
                self.db.execute("UPDATE sync_quarantine SET status = 'applied' WHERE id = ?", [q["id"]])
            results.append(res)
        return results

    def township_for_request(self, code: str, name: str) -> str:
        """The district's township for an enrollment request: by code, else the one township of
        that name (a laptop set up by name only carries a stand-in code), else a new one."""
        row = self.db.execute("SELECT id FROM townships WHERE code = ?", [code]).fetchone()
        if row:
            return row[0]
        named = self.db.execute("SELECT id FROM townships WHERE name = ?", [name.strip()]).fetchall()
        if len(named) == 1:
            return named[0][0]
        return self.col.townships.ensure(code, name, self.sync._profile()["district"])

    def revoke(self, device_id: str) -> None:
        dev = self.sync._device(device_id)
        if dev is None or dev["status"] in ("self", "district"):
            raise ValidationError(f"没有该设备 {device_id}", f"No such device {device_id}")
        with self.db.atomic():
            self.db.execute("UPDATE devices SET status = 'revoked', updated_at = ? WHERE id = ?",
                            [now_iso(), device_id])
            issued = json.loads(self.sync._meta(f"doc_cert:{device_id}") or "{}")
            if issued:  # documents it signs from now on no longer verify; earlier ones stay valid
                revoked = dict(self.revoked_signers(), **{str(issued["serial"]): now_iso()})
                self.sync._set_meta("doc_revoked", json.dumps(revoked, sort_keys=True))
                self.col.keys.set_revoked(revoked)
            self.col.audit.append(self.col.actor(), "device.revoke", "devices", device_id, {"name": dev["name"]})

    def quarantined(self, sender: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM sync_quarantine WHERE status = 'held'"
        return reasons.localise(list(self.db.query(
            sql + (" AND sender = ?" if sender else "") + " ORDER BY julianday(received_at)", [sender] if sender else [])))

    def serial_blocks(self, device_id: str | None = None) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM sync_serial_blocks WHERE device_id = ? ORDER BY year, first",
                                  [device_id or self.col.device_id]))

    def assign_serial_block(self, device_id: str, size: int | None = None,
                            year: int | None = None) -> dict[str, Any]:
        """District: give an approved laptop a further block of 文号 serials for `year` (default
        this year): the next range after every block of every device in that year, `size` numbers
        (default SERIAL_BLOCK_SIZE, the size of the first block). The laptop receives it with the
        next bundle (control.serial_blocks), like the first one; its documents service draws from
        any block of the year that still has free numbers."""
        if not self.sync.is_district():
            raise ValidationError("只有区级角色可以分配编号段", "Only the district role assigns serial blocks")
        dev = self.sync._device(device_id)
        if dev is None or dev["status"] != "approved":
            raise ValidationError(f"设备 {device_id[:8]} 未获批准，不能分配编号段（请先批准）",
                                  f"Device {device_id[:8]} is not approved; approve it before assigning a block")
        size = district_card.SERIAL_BLOCK_SIZE if size is None else size
        year = clock.today().year if year is None else year
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_SERIAL_BLOCK_SIZE:
            raise ValidationError(f"编号段大小应在 1 到 {MAX_SERIAL_BLOCK_SIZE} 之间",
                                  f"The block size must be between 1 and {MAX_SERIAL_BLOCK_SIZE}", field="size")
        if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
            raise ValidationError("年份无效（应在 2000 到 2100 之间）", "Invalid year (2000 to 2100)", field="year")
        with self.db.atomic():
            last = self.db.execute("SELECT IFNULL(MAX(last), 0) FROM sync_serial_blocks WHERE year = ?",
                                   [year]).fetchone()[0]
            block = {"id": new_id(), "device_id": device_id, "year": year, "first": last + 1,
                     "last": last + size, "issued_at": now_iso()}
            self.db.table("sync_serial_blocks").insert(block)
            self.col.audit.append(self.col.actor(), "device.serial_block", "sync_serial_blocks", block["id"],
                                  {"device": device_id, "year": year, "first": block["first"],
                                   "last": block["last"]})
        return block

    def serial_block_usage(self) -> list[dict[str, Any]]:
        """Every block of every device with `used`: how many of its numbers appear on documents
        this data directory holds (at the district: what the laptops have sent so far)."""
        return list(self.db.query(
            "SELECT b.*, (SELECT count(DISTINCT d.serial) FROM documents d WHERE d.year = b.year "
            "AND d.serial BETWEEN b.first AND b.last) AS used FROM sync_serial_blocks b "
            "ORDER BY b.device_id, b.year, b.first"))
