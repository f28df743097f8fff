"""Issued documents for the demo, made through the real documents service (so the PDFs, 文号, QR and hazard
states are genuine).

History: the most recent earlier inspections whose hazards are still open get the documents their events
stand for. The generator's events after the inspection are replayed through the services on a clock set
back to each event's time (`clock.running_from`): the 现场检查记录 and the notice when the inspection
ended, the enterprise's steps on their days, a 整改复查意见书 for each re-inspection. So a hazard awaiting
re-inspection has the issued notice its opinion follows up, and the signatures carry their own dates.
Closed history keeps its events without PDFs.

Today (the inspector's own township):

* one inspection with its 现场检查记录 and a rectification notice: its hazards await rectification,
  with deadlines counted from today;
* one inspection whose notice was followed by the enterprise's report and a 整改复查意见书 (a general
  hazard passed and closed, the others failed with a new deadline);
* one inspection left without documents: its hazards are ready for a notice today.

The demo signing key's password is DEMO_PASSWORD (shown by `inspector demo`)."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from collections.abc import Callable
from typing import Any

from inspector_app.core import clock

DEMO_PASSWORD = "demo1234"
# Earlier inspections given their documents, the most recent first: each costs a few signed PDFs, and the
# largest scales hold thousands of open cases (these are for speed measurements, not for reading).
HISTORY_CASES = 40
# What the documents service records itself when it issues; the generator's own events of these kinds
# are replaced by the documents' events.
_BY_DOCUMENTS = ("notice_issued", "reinspection_passed", "reinspection_failed")


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
    """Issue the history's documents, then those of today's three inspections (ids); returns counts by type.
    Skips everything when a signing key exists that the demo did not make (its password is unknown)."""
    if col.keys.exists():
        return {}
    cases = _history_cases(col, today)
    first = min((_notice_time(col, c) for c in cases), default=clock.now())
    with clock.running_from(first - dt.timedelta(days=1)):
        col.keys.init(DEMO_PASSWORD)   # its certificate is valid from before the first document it signs
    counts: dict[str, int] = {}

    def done(doc_id: str) -> None:
        if not col.documents.can_number():
            col.documents.set_serial_block(1, 999)   # for the year the clock reads
        col.documents.issue(doc_id)
        kind = col.documents.get(doc_id)["doc_type"]
        counts[kind] = counts.get(kind, 0) + 1

    _replay(col, cases, done)
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


def _history_cases(col: Any, today: dt.date) -> list[str]:
    """Earlier inspections of this laptop's inspector with a hazard still open under a notice the generator
    wrote (no document behind it), the HISTORY_CASES most recent."""
    name = col.profile.require()["inspector_name"]   # this laptop's key signs only its inspector's cases
    rows = col.db.execute(
        "SELECT i.id FROM inspections i WHERE i.started_at < ? AND ? IN (i.inspector1_name, i.inspector2_name) "
        "AND EXISTS (SELECT 1 FROM hazards h "
        "JOIN hazard_events e ON e.hazard_id = h.id WHERE h.inspection_id = i.id AND h.state != 'closed' "
        "AND e.kind = 'notice_issued' AND json_extract(e.data, '$.document_id') IS NULL) "
        "ORDER BY julianday(i.started_at) DESC, i.id LIMIT ?", [today.isoformat(), name, HISTORY_CASES]).fetchall()
    return [r[0] for r in reversed(rows)]


def _notice_time(col: Any, inspection_id: str) -> dt.datetime:
    row = col.db.execute(
        "SELECT min(julianday(e.at)), e.at FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id "
        "WHERE h.inspection_id = ? AND e.kind = 'notice_issued'", [inspection_id]).fetchone()
    return clock.parse(row[1])


def _replay(col: Any, cases: list[str], done: Callable[[str], None]) -> None:
    """Replace the generator's events after these inspections by the same steps taken through the services,
    all cases on one timeline (so 文号 of each type follow the dates)."""
    steps: list[tuple[dt.datetime, int, Callable[[], None]]] = []
    for inspection_id in cases:
        steps += _case_steps(col, inspection_id, done, len(steps))
    for when, _n, step in sorted(steps, key=lambda s: (s[0], s[1])):
        with clock.running_from(when):
            step()


def _case_steps(col: Any, inspection_id: str, done: Callable[[str], None],
                n: int) -> list[tuple[dt.datetime, int, Callable[[], None]]]:
    """One case's steps (time, order, action), its generator events after the inspection removed."""
    hazards = [r[0] for r in col.db.execute(
        "SELECT id FROM hazards WHERE inspection_id = ? AND handling != 'rectify_on_site' ORDER BY number",
        [inspection_id])]
    marks = ",".join("?" * len(hazards))
    later = [dict(r, data=json.loads(r["data"])) for r in col.db.query(
        f"SELECT * FROM hazard_events WHERE hazard_id IN ({marks}) AND kind != 'created' "
        "ORDER BY julianday(at), id", hazards)]
    notice_at = clock.parse(next(ev["at"] for ev in later if ev["kind"] == "notice_issued"))
    deadlines = {ev["hazard_id"]: ev["data"]["deadline"] for ev in later if ev["kind"] == "notice_issued"}
    col.db.execute(f"DELETE FROM hazard_events WHERE hazard_id IN ({marks}) AND kind != 'created'", hazards)
    for hid in hazards:
        col.hazards.refresh_state(hid)
    notice: dict[str, str] = {}

    def record() -> None:
        doc = col.documents.draft("inspection_record", inspection_id=inspection_id).id
        _sign_all(col, doc)
        done(doc)

    def rectification_notice() -> None:
        doc = col.documents.draft("rectification_notice", inspection_id=inspection_id).id
        for hid in col.documents.get(doc)["content"]["hazard_ids"]:
            # A hazard the history left without a notice (found the day before) goes on it with its deadline.
            col.documents.set_deadline(doc, hid, deadlines.get(hid) or col.hazards.get(hid)["deadline"])
        _sign_all(col, doc)
        done(doc)
        notice["id"] = doc

    def event(ev: dict[str, Any]) -> Callable[[], None]:
        return lambda: col.hazards.add_event(ev["hazard_id"], ev["kind"], data=ev["data"], actor=ev["by"])

    def opinion(checks: list[dict[str, Any]]) -> Callable[[], None]:
        return lambda: _opinion(col, notice["id"], checks, done)

    steps = [(notice_at - dt.timedelta(minutes=2), n, record), (notice_at, n + 1, rectification_notice)]
    rest = [ev for ev in later if ev["kind"] != "notice_issued"]
    for at, group in itertools.groupby(rest, key=lambda ev: ev["at"]):
        events = list(group)
        checks = [ev for ev in events if ev["kind"] in _BY_DOCUMENTS]
        actions = [event(ev) for ev in events if ev not in checks] + ([opinion(checks)] if checks else [])
        for action in actions:
            steps.append((clock.parse(at), n + len(steps), action))
    return steps


def _opinion(col: Any, notice: str, checks: list[dict[str, Any]], done: Callable[[str], None]) -> None:
    """A 整改复查意见书 for the hazards re-inspected at one time (a further round when one failed before)."""
    opinion = col.documents.draft("reinspection_opinion", refers_to=notice,
                                  hazard_ids=[ev["hazard_id"] for ev in checks]).id
    for ev in checks:
        if ev["kind"] == "reinspection_passed":
            col.documents.set_result(opinion, ev["hazard_id"], "pass")
        else:
            col.documents.set_result(opinion, ev["hazard_id"], "fail", new_deadline=ev["data"]["new_deadline"])
    _sign_all(col, opinion)
    done(opinion)
