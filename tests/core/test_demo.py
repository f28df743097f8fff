"""Demo data (small scale): valid, consistent, every hazard state present, refusal rules."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from inspector_app.cli import main
from inspector_app.core import uscc
from inspector_app.core.collection import Collection
from inspector_app.core.demo import generate
from inspector_app.core.errors import DataDirError
from inspector_app.core.hazards import derive, is_overdue


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(d), "demo", "--seed", "7"]) == 0
    return d


def test_demo_alone_creates_profile_and_data(demo_dir):
    with Collection(demo_dir, create=False) as col:
        prof = col.profile.get()
        assert prof["role"] == "inspector" and prof["township_id"]
        assert col.db.execute("SELECT COUNT(*) FROM townships").fetchone()[0] >= 3
        counts = {t: col.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("enterprises", "confined_spaces", "height_projects", "contractors",
                            "inspections", "answers", "hazards")}
        assert all(counts.values()), counts
        # The profile's inspector leads inspections in their own township.
        assert col.db.execute("SELECT COUNT(*) FROM inspections WHERE inspector1_name=?",
                              [prof["inspector_name"]]).fetchone()[0] > 0


def test_bulk_load_fills_the_text_indexes(demo_dir):
    """The loader fills the ledger's and the inspection picker's text tables itself (their triggers are off
    during the load): each row is what the triggers would have written, the FTS indexes agree, and the
    triggers are back."""
    with Collection(demo_dir, create=False) as col:
        db = col.db
        assert db.execute("SELECT count(*) FROM inspections i LEFT JOIN inspection_text t ON t.id = i.rowid"
                          " WHERE t.text IS NOT lower(i.place || char(10) || substr(i.started_at, 1, 10))"
                          ).fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM hazards h LEFT JOIN hazard_text t ON t.id = h.rowid"
                          " WHERE t.text IS NOT lower(h.number || ' ' || h.description || ' ' || h.place)"
                          ).fetchone()[0] == 0
        for table in ("inspection_text", "hazard_text"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == db.execute(
                f"SELECT count(*) FROM {table.split('_')[0]}s").fetchone()[0]
            db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"inspections_text_ins", "inspections_text_upd", "hazards_text_ins", "hazards_text_upd"} <= triggers
        some = db.execute("SELECT place FROM inspections WHERE status='completed' AND place != '' LIMIT 1").fetchone()[0]
        assert col.inspections.completed(some[-4:])


def test_hazard_photos_are_stored_attachments(demo_dir):
    with Collection(demo_dir, create=False) as col:
        shas = set()
        for before, after in col.db.execute("SELECT before_photos, after_photos FROM hazards"):
            shas |= set(json.loads(before)) | set(json.loads(after))
        assert len(shas) >= 4
        for sha in shas:
            assert col.attachments.info(sha)["kind"] == "photo"
            assert col.attachments.read(sha)[:2] == b"\xff\xd8"  # JPEG
        assert col.db.execute("SELECT COUNT(*) FROM hazards WHERE after_photos != '[]' AND state != 'closed'"
                              ).fetchone()[0] == 0


def test_credit_codes_valid_and_names_chinese(demo_dir):
    with Collection(demo_dir, create=False) as col:
        rows = col.db.execute("SELECT name, uscc, address, principal, phone, risk_tags FROM enterprises").fetchall()
        for name, code, address, principal, _phone, tags in rows:
            assert uscc.is_valid(code), code
            assert code[2:8] == "370899"
            assert name.endswith("有限公司") and "示例区" in address and 2 <= len(principal) <= 3
            assert json.loads(tags)
        for (code,) in col.db.execute("SELECT uscc FROM contractors"):
            assert uscc.is_valid(code)


def test_inspections_have_two_inspectors_and_real_templates(demo_dir):
    with Collection(demo_dir, create=False) as col:
        assert col.db.execute("SELECT COUNT(*) FROM inspections WHERE inspector2_name = ''"
                              " OR inspector1_name = inspector2_name").fetchone()[0] == 0
        orphan = col.db.execute("SELECT COUNT(*) FROM answers WHERE template_hash NOT IN "
                                "(SELECT content_hash FROM checklist_templates)").fetchone()[0]
        assert orphan == 0
        results = {r[0] for r in col.db.execute("SELECT DISTINCT result FROM answers")}
        assert {"complies", "fails"} <= results
        # Readings agree with the result: a failing oxygen reading is below 19.5 %, a complying one is not.
        for result, readings in col.db.execute("SELECT result, readings FROM answers WHERE readings != '{}'"):
            o2 = json.loads(readings).get("o2")
            if o2 is not None:
                assert (o2 < 19.5) == (result == "fails"), (result, o2)
        # Every failing answer became a hazard pointing back at its item.
        assert col.db.execute(
            "SELECT COUNT(*) FROM answers a WHERE result='fails' AND NOT EXISTS (SELECT 1 FROM hazards h "
            "WHERE h.inspection_id=a.inspection_id AND h.item_id=a.item_id)").fetchone()[0] == 0


def test_every_hazard_state_and_case_present(demo_dir):
    with Collection(demo_dir, create=False) as col:
        states = {r[0] for r in col.db.execute("SELECT DISTINCT state FROM hazards")}
        assert states == {"open", "awaiting_rectification", "awaiting_reinspection", "closed"}
        rows = col.db.execute("SELECT state, deadline, severity FROM hazards").fetchall()
        assert any(is_overdue(s, d) for s, d, _ in rows)
        assert any(sev == "major" for *_, sev in rows)
        kinds = {r[0] for r in col.db.execute("SELECT DISTINCT kind FROM hazard_events")}
        assert {"closed_on_site", "extension_approved", "reinspection_failed", "reinspection_passed",
                "notice_issued", "rectification_reported"} <= kinds


def test_cached_state_agrees_with_derive(demo_dir):
    today = dt.date.today().isoformat()
    with Collection(demo_dir, create=False) as col:
        for h in col.db.query("SELECT id, state, deadline, closed_on, found_on FROM hazards"):
            events = col.hazards.events(h["id"])
            d = derive(events)
            assert (d.state, d.deadline, d.closed_on) == (h["state"], h["deadline"], h["closed_on"])
            assert events[0]["kind"] == "created"
            assert all(e["at"][:10] <= today for e in events)  # nothing in the future
            assert all(e["at"][:10] >= h["found_on"] for e in events)


def test_audit_chain_and_check_pass(demo_dir, capsys):
    with Collection(demo_dir, create=False) as col:
        report = col.audit.verify()
        assert report.ok
        assert col.db.execute("SELECT COUNT(*) FROM audit_log WHERE action='demo.load'").fetchone()[0] == 1
        # Bulk load: a local baseline, no sync operations for the demo rows.
        assert col.db.execute("SELECT COUNT(*) FROM sync_ops WHERE tbl IN ('answers', 'hazards')").fetchone()[0] == 0
    assert main(["--data-dir", str(demo_dir), "check"]) == 0
    assert "哈希链完整" in capsys.readouterr().out


def test_same_seed_same_data(tmp_path):
    def firms(d):
        with Collection(d) as col:
            generate(col, "small", 3, today=dt.date(2026, 6, 1))
            return col.db.execute("SELECT id, name, uscc FROM enterprises ORDER BY id").fetchall()
    assert firms(tmp_path / "a") == firms(tmp_path / "b")


def test_refuses_directory_with_real_data(data_dir, capsys):
    with Collection(data_dir) as col:
        col.profile.init(role="inspector", name="张伟", cert_no="1", unit="城关街道应急管理办公室",
                         township="城关街道", township_code="370899001")
        col.enterprises.add({"township_id": col.profile.get()["township_id"], "name": "真实机械有限公司",
                             "uscc": uscc.make("91370899MA3C4E5F6")})
    assert main(["--data-dir", str(data_dir), "demo"]) == 2
    assert "非演示" in capsys.readouterr().err
    with Collection(data_dir) as col:
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 1
        assert col.db.execute("SELECT COUNT(*) FROM inspections").fetchone()[0] == 0
    assert main(["--data-dir", str(data_dir), "demo", "--force"]) == 0
    with Collection(data_dir) as col:
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] > 1


def test_second_demo_refused_without_force(demo_dir, capsys):
    assert main(["--data-dir", str(demo_dir), "demo"]) == 2
    assert "已有演示数据" in capsys.readouterr().err


def test_force_adds_more_without_repeating_numbers_or_codes(tmp_path):
    with Collection(tmp_path / "d") as col:
        generate(col, "small", 1)
        first = col.db.execute("SELECT COUNT(*) FROM hazards").fetchone()[0]
        generate(col, "small", 1, force=True)
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 24
        n, distinct = col.db.execute("SELECT COUNT(*), COUNT(DISTINCT number) FROM hazards").fetchone()
        assert n == distinct > first > 30   # the second run's hazards are new, with numbers of their own
        assert col.audit.verify().ok


def test_demo_after_init_uses_profile_township(col):
    prof = col.profile.get()
    indexes = col.db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' ORDER BY name").fetchall()
    generate(col, "small", 1)
    # The load drops secondary indexes for speed and rebuilds them: the schema is as before.
    assert col.db.execute("SELECT name, sql FROM sqlite_master WHERE type='index' ORDER BY name").fetchall() == indexes
    townships = {r[0] for r in col.db.execute("SELECT DISTINCT township_id FROM enterprises")}
    assert prof["township_id"] in townships
    assert col.profile.get()["inspector_name"] == prof["inspector_name"]  # profile untouched


def test_full_disk_leaves_no_partial_demo(data_dir):
    with Collection(data_dir) as col:
        col.profile.init(role="inspector", name="张伟", cert_no="1", unit="城关街道应急管理办公室",
                         township="城关街道", township_code="370899001")
        audit_rows = col.audit.verify().rows
        pages = col.db.execute("PRAGMA page_count").fetchone()[0]
        col.db.execute(f"PRAGMA max_page_count={pages + 20}")
        with pytest.raises(DataDirError) as e:
            generate(col, "township-year", 1)
        assert "磁盘已满" in e.value.zh
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 0
        assert col.audit.verify().ok and col.audit.verify().rows == audit_rows
        from inspector_app.core.sync.capture import capturing
        assert capturing(col.db)  # sync capture switched back on



def test_failed_demo_into_empty_directory_leaves_no_profile(data_dir):
    with Collection(data_dir) as col:
        pages = col.db.execute("PRAGMA page_count").fetchone()[0]
        col.db.execute(f"PRAGMA max_page_count={pages + 30}")
        with pytest.raises(DataDirError):
            generate(col, "township-year", 1)
        assert col.profile.get() is None
        assert col.db.execute("SELECT COUNT(*) FROM townships").fetchone()[0] == 0


def test_root_demo_flag_prepares_data_then_starts_gui(tmp_path, monkeypatch):
    started = []
    import inspector_app.ui.app as ui_app
    monkeypatch.setattr(ui_app, "open_main_window", lambda app, args: started.append(args.data_dir) or 0)
    for name in ("setup_application", "install_translators"):   # the tests' QApplication stays as it is
        monkeypatch.setattr(ui_app, name, lambda *a: None)
    d = tmp_path / "gui"
    assert main(["--data-dir", str(d), "--demo"]) == 0
    assert started == [d]
    with Collection(d, create=False) as col:
        n = col.db.execute("SELECT COUNT(*) FROM hazards").fetchone()[0]
        assert n > 0 and col.profile.get() is not None
    # With a profile present, --demo just opens the app and adds nothing.
    assert main(["--data-dir", str(d), "--demo"]) == 0
    with Collection(d, create=False) as col:
        assert col.db.execute("SELECT COUNT(*) FROM hazards").fetchone()[0] == n


def test_uses_the_checklists_service_when_present(data_dir):
    """With `col.checklists` (API.md contract: available()/register()), demo answers its real items."""
    from types import SimpleNamespace as NS

    with Collection(data_dir) as col:
        reading = NS(key="nh3", label_zh="氨浓度", label_en="ammonia", unit="ppm", min=None, max=20.0)
        items = [NS(id=f"Q{i}", group_id="g", question_zh=f"问题{i}", answer_type="choice", readings=[],
                    hazard_category="B09", measure_zh="整改", deadline_days=10, basis_text=lambda: "《安全生产法》")
                 for i in range(5)]
        items.append(NS(id="R1", group_id="g", question_zh="氨气浓度是否低于限值", answer_type="reading",
                        readings=[reading], hazard_category="B11", measure_zh="通风", deadline_days=3,
                        basis_text=lambda: "GB 50072"))
        cl = NS(checklist_id="general", version="2026.1", content_hash="a" * 64, campaign="五项整治",
                title_zh="通用", title_en="General", applies_to=[], groups=[], items=items)
        registered = []

        def register(c):
            col.db.execute("INSERT OR IGNORE INTO checklist_templates VALUES (?,?,?,?,?,?,?,?)",
                           [c.content_hash, c.checklist_id, c.version, c.campaign, c.title_zh, c.title_en, "src",
                            "2026-01-01"])
            registered.append(c.content_hash)
            return c.content_hash

        col.checklists = NS(available=lambda: [cl], register=register)
        result = generate(col, "small", 1, documents=False)   # documents need the real checklists service
        assert result.checklist_source == "checklists" and registered == ["a" * 64]
        assert {r[0] for r in col.db.execute("SELECT DISTINCT template_hash FROM answers")} == {"a" * 64}
        assert {r[0] for r in col.db.execute("SELECT DISTINCT campaign FROM hazards")} == {"五项整治"}
        for res, readings in col.db.execute("SELECT result, readings FROM answers WHERE item_id='R1'"):
            if res != "not_applicable":
                assert (json.loads(readings)["nh3"] > 20.0) == (res == "fails")


def test_demo_into_foreign_folder_or_locked_database_changes_nothing(tmp_path, capsys):
    import sqlite3

    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "a.jpg").write_bytes(b"x")
    assert main(["--data-dir", str(foreign), "demo"]) == 2
    assert "不是本应用的数据目录" in capsys.readouterr().err
    assert [p.name for p in foreign.iterdir()] == ["a.jpg"]

    d = tmp_path / "busy"
    Collection(d).close()
    other = sqlite3.connect(d / "inspector.db")
    other.execute("BEGIN IMMEDIATE")  # another window is writing
    try:
        assert main(["--data-dir", str(d), "demo"]) == 2
        assert "占用" in capsys.readouterr().err
    finally:
        other.rollback()
        other.close()
    with Collection(d) as col:
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 0
        assert col.profile.get() is None


def test_root_demo_flag_keeps_demo_apart_from_real_data_dir(tmp_path, monkeypatch):
    started = []
    import inspector_app.ui.app as ui_app
    from inspector_app.core import datadir
    monkeypatch.setattr(ui_app, "open_main_window", lambda app, args: started.append(args.data_dir) or 0)
    for name in ("setup_application", "install_translators"):   # the tests' QApplication stays as it is
        monkeypatch.setattr(ui_app, name, lambda *a: None)
    monkeypatch.delenv(datadir.ENV_VAR, raising=False)
    monkeypatch.setattr(datadir, "default_data_dir", lambda: tmp_path / "Inspector")
    assert main(["--demo"]) == 0
    assert started == [tmp_path / "Inspector-demo"]
    assert not (tmp_path / "Inspector").exists()
    with Collection(tmp_path / "Inspector-demo", create=False) as col:
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] > 0


def test_findings_read_like_an_inspectors_note():
    from inspector_app.core.demo.generator import finding
    assert finding("是否建立有限空间管理台账") == "未建立有限空间管理台账"
    assert finding("安全出口、疏散通道是否畅通") == "安全出口、疏散通道不畅通"
    assert finding("特种作业人员是否持证上岗？") == "特种作业人员未持证上岗"


def test_demo_answers_the_five_shipped_checklists_by_risk_tag(demo_dir):
    with Collection(demo_dir, create=False) as col:
        shipped = {cl.content_hash: cl for cl in col.checklists.available()}
        used = {r[0] for r in col.db.execute("SELECT DISTINCT template_hash FROM answers")}
        assert used <= set(shipped)
        assert {shipped[h].campaign for h in used} == {"confined_space", "work_at_height", "welding",
                                                      "outsourcing", "responsibility", "dust_explosion",
                                                      "ammonia_refrigeration"}
        assert used == {cl.content_hash for cl in shipped.values()}   # demo data uses the current versions
        tags = {r[0]: set(json.loads(r[1])) for r in col.db.execute("SELECT id, risk_tags FROM enterprises")}
        for ent_id, th in col.db.execute("SELECT DISTINCT i.enterprise_id, a.template_hash FROM answers a "
                                         "JOIN inspections i ON i.id = a.inspection_id"):
            assert shipped[th].applies(tags[ent_id]), (shipped[th].checklist_id, tags[ent_id])


def test_demo_readings_and_severity_follow_the_checklists(demo_dir):
    with Collection(demo_dir, create=False) as col:
        n = 0
        for th, item_id, result, readings in col.db.execute(
                "SELECT template_hash, item_id, result, readings FROM answers WHERE readings != '{}'"):
            it = col.checklists.get(th).item(item_id)
            assert col.checklists.evaluate(it, result, json.loads(readings)) == result, (item_id, readings)
            n += 1
        assert n > 0
        # Major hazards are the items a 重大事故隐患 rule names, never e.g. a missing ledger entry.
        for th, item_id in col.db.execute("SELECT template_hash, item_id FROM hazards WHERE severity='major'"):
            assert any(item_id in r.items() for r in col.checklists.get(th).major_rules), item_id


def test_demo_majors_follow_the_lifecycle_rules(demo_dir):
    """Majors are never closed on the spot; closed majors have their 五落实; hazards handled by 停产停业 have
    the order, and when closed the approved 复产 review."""
    with Collection(demo_dir, create=False) as col:
        rows = col.db.execute("SELECT id, severity, handling, state FROM hazards").fetchall()
        assert any(sev == "major" and st == "closed" for _i, sev, _h, st in rows)
        for hid, sev, handling, state in rows:
            kinds = [r[0] for r in col.db.execute("SELECT kind FROM hazard_events WHERE hazard_id=?", [hid])]
            if sev == "major":
                assert "closed_on_site" not in kinds
                assert state != "closed" or "five_measures" in kinds
            if handling == "suspend" and state == "closed":
                assert "suspension_ordered" in kinds and "resumption_reviewed" in kinds


def test_demo_documents_agree_with_hazard_states(tmp_path):
    """Today's demo inspections: a notice (hazards awaiting rectification, deadlines from today), a notice
    followed by a re-inspection opinion (one closed, the rest with a new deadline), and open hazards ready
    for a notice. The PDFs are real and verify."""
    from inspector_app.core.demo.documents import DEMO_PASSWORD
    today = dt.date.today().isoformat()
    with Collection(tmp_path / "d") as col:
        result = generate(col, "small", 3)
        todays = [d for d in col.documents.list() if d["issued_at"][:10] == today]
        assert len(todays) == 5 and result.counts["documents"] > 5   # today's three cases, then the history's
        assert {d["doc_type"] for d in todays} == {"inspection_record", "rectification_opinion",
                                                   "reinspection_opinion"}
        assert all(d["state"] == "issued" for d in col.documents.list())
        # Documents follow 完成检查 (core Documents.draft): the ready inspection is completed too.
        assert col.db.execute("SELECT count(*) FROM inspections i WHERE i.status != 'completed' AND (EXISTS (SELECT 1"
                              " FROM documents d WHERE d.inspection_id = i.id) OR EXISTS (SELECT 1 FROM hazards h"
                              " WHERE h.inspection_id = i.id))").fetchone()[0] == 0
        col.keys.load(DEMO_PASSWORD)
        for d in col.documents.list():
            doc = col.documents.get(d["id"])
            pdf = col.documents.render_pdf(doc["id"])
            assert pdf.startswith(b"%PDF") and col.documents.verify_pdf(pdf)   # raises when invalid
            if d not in todays:
                continue   # the history's documents: test_demo_history_has_the_documents_its_hazards_stand_on
            hazards = [col.hazards.get(h) for h in doc["content"]["hazard_ids"]]
            if doc["doc_type"] == "rectification_opinion" and not any(
                    o["refers_to"] == doc["id"] for o in col.db.query("SELECT refers_to FROM documents")):
                assert {h["state"] for h in hazards} == {"awaiting_rectification"}
                assert all(h["deadline"] >= today for h in hazards)
            if doc["doc_type"] == "reinspection_opinion":
                states = sorted(h["state"] for h in hazards)
                assert states[0] == "awaiting_rectification" and "closed" in states
        ready = col.db.execute(
            "SELECT count(*) FROM hazards h JOIN inspections i ON i.id = h.inspection_id WHERE h.state = 'open'"
            " AND i.started_at >= ? AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.inspection_id = i.id)",
            [(dt.date.today() - dt.timedelta(days=1)).isoformat()]).fetchone()[0]   # yesterday's just after midnight
        assert ready >= 2
        overdue_old = col.db.execute(
            "SELECT count(*) FROM hazards WHERE state != 'closed' AND deadline < date(?, '-150 days')",
            [today]).fetchone()[0]
        assert overdue_old == 0


def test_demo_history_has_the_documents_its_hazards_stand_on(tmp_path):
    """Earlier inspections whose hazards are still open carry the documents their events name, issued and
    signed on the day they happened; the replay through the services leaves every hazard as the history made
    it (a hazard found yesterday and left without a notice goes on that inspection's notice)."""
    import hashlib
    import io

    from asn1crypto import x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader

    from inspector_app.core import clock
    today = dt.date.today().isoformat()
    with Collection(tmp_path / "plain") as col:
        generate(col, "small", 3, documents=False)
        plain = {n.split("-")[0]: (st, dl, co) for n, st, dl, co in col.db.execute(
            "SELECT h.number, h.state, h.deadline, h.closed_on FROM hazards h JOIN inspections i "
            "ON i.id = h.inspection_id WHERE i.started_at < ?", [today])}
    with Collection(tmp_path / "d") as col:
        generate(col, "small", 3)
        history = [col.documents.get(d["id"]) for d in col.documents.list() if d["issued_at"][:10] < today]
        kinds = {d["doc_type"] for d in history}
        assert kinds == {"inspection_record", "rectification_opinion", "reinspection_opinion"}, kinds
        # Every open hazard's notice is a document, and every notice event names an issued one.
        events = col.db.execute("SELECT h.state, e.data FROM hazard_events e JOIN hazards h ON h.id = e.hazard_id "
                                "WHERE e.kind = 'notice_issued'").fetchall()
        open_events = [json.loads(data) for state, data in events if state != "closed"]
        assert open_events and all(col.documents.get(ev["document_id"])["state"] == "issued" for ev in open_events)
        awaiting = col.db.execute("SELECT id FROM hazards WHERE state = 'awaiting_reinspection' AND found_on < ?",
                                  [today]).fetchall()
        assert awaiting
        replayed = {n.split("-")[0]: (st, dl, co) for n, st, dl, co in col.db.execute(
            "SELECT h.number, h.state, h.deadline, h.closed_on FROM hazards h JOIN inspections i "
            "ON i.id = h.inspection_id WHERE i.started_at < ?", [today])}
        changed = {n: (plain[n], replayed[n]) for n in plain if plain[n] != replayed[n]}
        assert all(p[0] == "open" and r[0] == "awaiting_rectification" and p[1] == r[1]
                   for p, r in changed.values()), changed
        # Signed on the day each document is dated, by a key whose certificate was valid then.
        cert = ax509.Certificate.load(col.keys.chain()[0])
        for doc in history:
            pdf = col.attachments.read(doc["pdf_sha256"])
            assert hashlib.sha256(pdf).hexdigest() == doc["pdf_sha256"]
            sig = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
            signed = sig.self_reported_timestamp
            issued = clock.parse(doc["issued_at"])
            assert abs((signed - issued).total_seconds()) < 2, (doc["doc_no"], signed, issued)
            assert cert.not_valid_before <= signed <= cert.not_valid_after
            assert doc["content"]["printed"]["issue_date"] == clock.local_date(doc["issued_at"])
            col.documents.verify_pdf(pdf)
        # Signed by this laptop's inspector for cases they took part in; each type's 文号 follow the dates.
        name = col.profile.get()["inspector_name"]
        crews = col.db.execute("SELECT i.inspector1_name, i.inspector2_name FROM documents d "
                               "JOIN inspections i ON i.id = d.inspection_id").fetchall()
        assert all(name in crew for crew in crews)
        for kind in kinds:
            serials = [d["serial"] for d in sorted(history, key=lambda d: clock.instant_key(d["issued_at"]))
                       if d["doc_type"] == kind]
            assert serials == sorted(serials), (kind, serials)
        # A re-inspection opinion can follow the notice of a hazard awaiting re-inspection.
        notice = json.loads(col.db.execute(
            "SELECT data FROM hazard_events WHERE hazard_id = ? AND kind = 'notice_issued'",
            [awaiting[0][0]]).fetchone()[0])["document_id"]
        opinion = col.documents.draft("reinspection_opinion", refers_to=notice, hazard_ids=[awaiting[0][0]])
        assert col.documents.get(opinion.id)["refers_to"] == notice


def test_todays_cases_are_in_chinese_working_hours_whatever_the_computer_zone(tmp_path, monkeypatch):
    """The demo writes its times at +08:00: at 06:49 UTC (14:49 in China) today's inspections start at 08:30
    China time, not three hours before the computer's own clock (03:49 on a computer set to UTC)."""
    from inspector_app.core import clock
    instant = dt.datetime(2026, 12, 1, 6, 49, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(clock, "wall_ns", lambda: int(instant.timestamp() * 1_000_000_000))
    with Collection(tmp_path / "d") as col:
        generate(col, "small", 1, documents=False, today=dt.date(2026, 12, 1))
        starts = [r[0] for r in col.db.execute(
            "SELECT started_at FROM inspections WHERE started_at LIKE '2026-12-01T%' ORDER BY started_at")]
        assert starts and starts[0].startswith("2026-12-01T08:30") and starts[0].endswith("+08:00"), starts
        assert all(clock.parse(s) < instant for s in starts)


def test_enrolled_laptop_refuses_demo_even_with_force(tmp_path, capsys):
    from sync_support import add_enterprise, make_district, make_laptop
    d = make_district(tmp_path)
    lap = make_laptop(tmp_path, d, "李娜")
    add_enterprise(lap, "真实机械有限公司")
    data = str(lap.data_dir)
    lap.close()
    for args in (["demo"], ["demo", "--force"], ["demo", "--force", "--scale", "township-year"]):
        assert main(["--data-dir", data, *args]) == 2
        err = capsys.readouterr().err
        assert "单独的目录" in err and "--data-dir" in err and "加 --force" not in err
    with Collection(data) as col:
        assert col.db.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 1
        assert col.db.execute("SELECT COUNT(*) FROM meta WHERE key='demo'").fetchone()[0] == 0
    d.close()
