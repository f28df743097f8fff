"""Issued documents for the demo: today's inspections carry what an inspector would have printed, made
through the real documents service (so the PDFs, 文号, QR and hazard states are genuine):

* one inspection with its 现场检查记录 and a rectification notice: its hazards await rectification,
  with deadlines counted from today;
* one inspection whose notice was followed by the enterprise's report and a 整改复查意见书 (a general
  hazard passed and closed, the others failed with a new deadline);
* one inspection left without documents: its hazards are ready for a notice today.

The demo signing key's password is DEMO_PASSWORD (shown by `inspector demo`)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

DEMO_PASSWORD = "demo1234"


def _signature(seed: int) -> bytes:
    """A handwriting-like stroke as a transparent PNG."""
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (360, 110), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    points = [(20 + i * 8, 60 + int(25 * ((i * (seed + 3)) % 7 - 3) / 3)) for i in range(40)]
    draw.line(points, fill=(20, 20, 60, 255), width=4, joint="curve")
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def _sign_all(col: Any, doc_id: str) -> None:
    for k, role in enumerate(("inspector1", "inspector2", "enterprise")):
        col.documents.set_signature(doc_id, role, _signature(k))


def issue(col: Any, ready: str, noticed: str, reinspected: str, today: dt.date) -> dict[str, int]:
    """Issue the documents of the three inspections (ids); returns counts by type. Skips everything when
    a signing key exists that the demo did not make (its password is unknown)."""
    if col.keys.exists():
        return {}
    col.keys.init(DEMO_PASSWORD)
    if not col.documents.settings().get("serial_block"):
        col.documents.set_serial_block(1, 999)
    counts: dict[str, int] = {}

    def done(doc_id: str) -> None:
        col.documents.issue(doc_id, DEMO_PASSWORD)
        kind = col.documents.get(doc_id)["doc_type"]
        counts[kind] = counts.get(kind, 0) + 1

    for insp in (noticed, reinspected):
        record = col.documents.draft("inspection_record", inspection_id=insp).id
        _sign_all(col, record)
        done(record)
        notice = col.documents.draft("rectification_notice", inspection_id=insp).id
        _sign_all(col, notice)
        done(notice)
        if insp == reinspected:
            hazards = col.documents.get(notice)["content"]["hazard_ids"]
            for hid in hazards:
                col.hazards.add_event(hid, "rectification_reported",
                                      data={"date": today.isoformat(), "measures": "已按要求整改"})
            opinion = col.documents.draft("reinspection_opinion", refers_to=notice).id
            new_deadline = (today + dt.timedelta(days=10)).isoformat()
            # A general hazard passes (a major one would first need its 五落实 and, if suspended, resumption).
            general = [h for h in hazards if col.hazards.get(h)["severity"] == "general"
                       and col.hazards.get(h)["handling"] != "suspend"]
            passed = general[0] if general else None
            for hid in hazards:
                if hid == passed:
                    col.documents.set_result(opinion, hid, "pass")
                else:
                    col.documents.set_result(opinion, hid, "fail", new_deadline=new_deadline)
            _sign_all(col, opinion)
            done(opinion)
    del ready   # left as found: its hazards wait for a notice
    return counts
