"""Seeded, fictional demo data at three scales, written in one bulk transaction.

Rows go in with prepared tuples and `executemany` inside `col.sync.bulk_load()` (a local
baseline: no sync operations) and one transaction; one audit entry records the load.
Hazard states come from `core.hazards.derive` over the generated events, so the cached
columns always agree with the events.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from inspector_app.core import clock
from inspector_app.core.demo import checklists as demo_checklists
from inspector_app.core.demo import documents as demo_documents
from inspector_app.core.demo import names, photos
from inspector_app.core.enterprises import township_id_for
from inspector_app.core.errors import DataDirError
from inspector_app.core.hazards import derive
from inspector_app.core.store import translate_errors


@dataclass(frozen=True)
class Scale:
    townships: int
    enterprises: int
    days: int
    inspections: int
    max_answers: int      # answers per inspection are the applicable items, capped here


SCALES: dict[str, Scale] = {
    "small": Scale(townships=3, enterprises=12, days=180, inspections=40, max_answers=24),
    "township-year": Scale(townships=1, enterprises=150, days=365, inspections=600, max_answers=24),
    "district-decade": Scale(townships=12, enterprises=2000, days=3650, inspections=120_000, max_answers=20),
    # The district office's demo: several townships, a year (plans, draws, complaints: core/demo/district.py).
    "district-year": Scale(townships=5, enterprises=250, days=365, inspections=600, max_answers=20),
}

TZ = "+08:00"
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}
# Tables the load fills in bulk: their secondary indexes are rebuilt once at the end (faster than
# updating them row by row).
BULK_TABLES = ("enterprises", "contractors", "confined_spaces", "height_projects", "inspections",
               "inspection_checklists", "answers", "hazards", "hazard_events")
CHUNK = 50_000
# A few inspections at fixed ages whose first hazard follows a fixed path, so every state exists.
FORCED = [(1, "open"), (6, "awaiting"), (20, "reported"), (45, "overdue"), (70, "extended"),
          (100, "onsite"), (130, "failed_then_closed")]
# Today's inspections in the inspector's own township, their documents issued by core/demo/documents.py:
# hazards ready for a notice, hazards under a notice, a notice followed by a re-inspection opinion.
TODAY = ("ready", "noticed", "reinspected")
# Hazards of the random paths stay overdue only this long: an older one would have been dealt with.
OVERDUE_DAYS = 120
# On a laptop, inspections this recent are the inspector's own (its township, led by the profile): every
# hazard still open is among them (only overdue ones stay open past ~60 days: a 30-day deadline, its
# extension and a failed re-inspection).
RECENT_DAYS = OVERDUE_DAYS + 10
# Share of drawn failures kept for items whose failure alone is a major hazard (令10 rules).
MAJOR_KEEP = 0.3


@dataclass
class DemoResult:
    scale: str
    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    checklist_source: str = ""


def existing_data(col: Any) -> tuple[int, bool]:
    """(rows of inspected parties/inspections/hazards already present, whether a demo made them)."""
    n = sum(col.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("enterprises", "inspections", "hazards"))
    demo = col.db.execute("SELECT 1 FROM meta WHERE key='demo'").fetchone() is not None
    return n, demo


def generate(col: Any, scale: str = "small", seed: int = 1, *, force: bool = False,
             today: dt.date | None = None, progress: Callable[[str], None] | None = None,
             documents: bool = True) -> DemoResult:
    """Fill the collection with demo data. Refuses a directory that already has data unless `force`, and
    always a laptop that trusts a district (its data syncs).
    `documents`: issue today's demo documents (a signing key with core.demo.documents.DEMO_PASSWORD)."""
    if scale not in SCALES:
        raise DataDirError(f"未知的演示数据规模：{scale}", f"Unknown demo scale: {scale}")
    if col.role != "district" and col.sync.district() is not None:
        # Demo records on a laptop that syncs would sit in its real ledger, never reach the district (they
        # are no part of its register) and be refused when edited: no --force makes that right.
        raise DataDirError(
            "本机已信任区局、参与同步，不能在此数据目录生成演示数据（演示企业不在区局名录中，无法同步，还会混入真实"
            "台账），未做任何修改。请在单独的目录试用：inspector --data-dir 新目录 demo，或 inspector --demo。",
            "This laptop trusts a district and syncs with it, so demo data cannot go into this data directory "
            "(demo enterprises are not in the district's register, can never sync and would mix with the real "
            "ledger); nothing was changed. Try the demo in a separate directory: inspector --data-dir NEW_DIR demo, "
            "or inspector --demo.")
    n, is_demo = existing_data(col)
    if n and not force:
        if is_demo:
            raise DataDirError(
                "该数据目录已有演示数据。如需再次生成请加 --force（会在现有数据上追加），或换一个空目录。",
                "This data directory already holds demo data. Use --force to add more on top, or choose an empty directory.")
        raise DataDirError(
            "该数据目录已有真实（非演示）数据，未做任何修改。演示数据请使用单独的数据目录；确需混入请加 --force。",
            "This data directory already holds real (non-demo) data; nothing was changed. Use a separate data "
            "directory for demo data, or --force to mix it in anyway.")
    t0 = time.perf_counter()
    gen = _Generator(col, SCALES[scale], seed, today or clock.today(), salt=n, progress=progress)
    own_profile = col.profile.get() is None
    with translate_errors():
        counts, source = gen.run(scale, with_profile=own_profile)
        if col.role == "district":
            from inspector_app.core.demo import district
            counts.update(district.fill(col, seed, today or clock.today()))
    # Documents are issued with the real clock (only when the demo's today is today) and a demo signing
    # key: only for a demo inspector profile made just now, never in a directory holding a real profile.
    if (documents and own_profile and col.role != "district" and len(gen.today_cases) == len(TODAY)
            and gen.today == clock.today()):
        with col.sync.bulk_load():
            issued = demo_documents.issue(col, **gen.today_cases, today=gen.today)
        counts["documents"] = sum(issued.values())
    return DemoResult(scale, seed, counts, time.perf_counter() - t0, source)


class _Generator:
    def __init__(self, col: Any, scale: Scale, seed: int, today: dt.date, salt: int,
                 progress: Callable[[str], None] | None):
        self.col = col
        self.db = col.db
        self.scale = scale
        self.today = today
        self.rng = random.Random(f"{seed}:{salt}")
        taken = {r[0] for r in self.db.execute("SELECT uscc FROM enterprises")}
        self.names = names.NameMaker(self.rng, taken)
        self.device = col.device_id
        self.progress = progress or (lambda msg: None)
        self.counts: dict[str, int] = {}
        self._getbits = self.rng.getrandbits
        self._base = self.rng.getrandbits(40) << 6  # leaves room for ~10^12 ids above the base
        self._seq = 0
        self.townships = self._choose_townships()
        self.today_cases: dict[str, str] = {}   # TODAY case → inspection id

    # ------------------------------------------------------------------ helpers
    def nid(self) -> str:
        """A seeded, time-ordered UUID (version 7 layout): same seed, same ids.

        Ids that grow in insertion order append to the B-trees instead of splitting pages at
        random, which keeps the district-decade load fast and the database compact.
        """
        self._seq += 1
        h = "%012x%020x" % (self._base + self._seq, self._getbits(80))
        return f"{h[:8]}-{h[8:12]}-7{h[12:15]}-{_VARIANT[h[15]]}{h[16:19]}-{h[19:31]}"

    def _choose_townships(self) -> list[tuple[str, str]]:
        chosen: list[tuple[str, str]] = []
        prof = self.col.profile.get()
        if prof and prof.get("township_id") and prof["role"] != "district":   # a district's 区局 is no township
            row = self.db.execute("SELECT code, name FROM townships WHERE id=?", [prof["township_id"]]).fetchone()
            if row:
                chosen.append((row[0], row[1]))
        for code, name in names.TOWNSHIPS:
            if len(chosen) >= self.scale.townships:
                break
            if all(code != c and name != n for c, n in chosen):
                chosen.append((code, name))
        return chosen

    def ensure_profile(self) -> None:
        """A demo inspector in the first township, so `inspector demo` alone gives a usable app."""
        code, name = self.townships[0]
        self.col.townships.ensure(code, name, names.DISTRICT)
        self.col.profile.init(role="inspector", name="张伟", cert_no="37089920001",
                              unit=f"{name}应急管理办公室", township=name, district=names.DISTRICT,
                              unit_kind="supervision", township_code=code)

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.db.conn.executemany(sql, rows)
        self.counts[table] = self.counts.get(table, 0) + len(rows)
        rows.clear()

    def ts(self, day: dt.date, minutes: int) -> str:
        """ISO local time: `minutes` after midnight of `day`."""
        return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:00.000{TZ}"

    # ------------------------------------------------------------------ run
    def run(self, scale_name: str, with_profile: bool) -> tuple[dict[str, int], str]:
        conn = self.db.conn
        old_sync = conn.execute("PRAGMA synchronous").fetchone()[0]
        conn.execute("PRAGMA synchronous=OFF")   # one big transaction; durability is restored below
        conn.execute("PRAGMA cache_size=-262144")
        try:
            with self.db.atomic():
                if with_profile:  # inside the transaction: a failed load leaves no demo profile behind
                    self.ensure_profile()
                with self.col.sync.bulk_load():
                    self._load(scale_name)
        finally:
            conn.execute(f"PRAGMA synchronous={int(old_sync)}")
            conn.execute("PRAGMA cache_size=-2000")
        return dict(self.counts), self.source

    def _load(self, scale_name: str) -> None:
        used, source = demo_checklists.prepare(self.col)
        self.before_photos, self.after_photos = photos.make(self.col, self.rng)
        self._townships()
        indexes = self._drop_indexes()
        text_triggers = self._drop_text_triggers()
        enterprises = self._enterprises()
        self._ledgers(enterprises)
        self._inspections(enterprises, used)
        for sql in indexes:  # a duplicate key would fail here and roll the whole load back
            self.db.execute(sql)
        self._index_texts(text_triggers)
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', ?)",
                        [json.dumps({"scale": scale_name}, ensure_ascii=False)])
        self.col.audit.append(self.col.actor(), "demo.load", "", "",
                              {"scale": scale_name, "counts": self.counts, "checklists": source})
        self.source = source

    def _drop_text_triggers(self) -> list[str]:
        """The text indexes of the ledger (migration 0011) and of the inspection picker (0014) are filled once
        after the load, not row by row."""
        rows = self.db.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND ((tbl_name='hazards'"
                               " AND name LIKE 'hazards_text_%') OR (tbl_name='inspections'"
                               " AND name LIKE 'inspections_text_%'))").fetchall()
        for name, _sql in rows:
            self.db.execute(f'DROP TRIGGER "{name}"')
        return [sql for _name, sql in rows]

    def _index_texts(self, triggers: list[str]) -> None:
        self.db.execute("INSERT INTO hazard_text (id, text) SELECT rowid,"
                        " lower(number || ' ' || description || ' ' || place) FROM hazards"
                        " WHERE rowid NOT IN (SELECT id FROM hazard_text)")
        self.db.execute("INSERT INTO inspection_text (id, text) SELECT rowid,"
                        " lower(place || char(10) || substr(started_at, 1, 10)) FROM inspections"
                        " WHERE rowid NOT IN (SELECT id FROM inspection_text)")
        for sql in triggers:
            self.db.execute(sql)

    def _drop_indexes(self) -> list[str]:
        """Drop the bulk tables' secondary indexes (inside the load's transaction); return their SQL."""
        marks = ",".join("?" * len(BULK_TABLES))
        rows = self.db.execute(f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
                               f" AND tbl_name IN ({marks})", list(BULK_TABLES)).fetchall()
        for name, _sql in rows:
            self.db.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in rows]

    def _stamp(self, at: str) -> tuple[str, str, str]:
        return (at, at, self.device)

    def _townships(self) -> None:
        at = self.ts(self.today - dt.timedelta(days=self.scale.days + 30), 9 * 60)
        for code, name in self.townships:
            self.db.execute(
                "INSERT OR IGNORE INTO townships (id, created_at, updated_at, device_id, code, name, district)"
                " VALUES (?,?,?,?,?,?,?)", [township_id_for(code), at, at, self.device, code, name, names.DISTRICT])
        self.inspectors: dict[str, list[tuple[str, str]]] = {}
        prof = self.col.profile.get()
        for i, (code, _name) in enumerate(self.townships):
            crew = [(self.names.person(), f"3708992{i:02d}{k:02d}") for k in range(1, 4)]
            if prof and prof.get("township_id") == township_id_for(code):
                crew[0] = (prof["inspector_name"], prof["cert_no"])
            self.inspectors[township_id_for(code)] = crew

    def _enterprises(self) -> list[dict[str, Any]]:
        r = self.rng
        cols = ("id", "created_at", "updated_at", "device_id", "township_id", "name", "uscc", "address",
                "principal", "principal_title", "phone", "industry", "risk_tags")
        rows: list[tuple] = []
        out = []
        at = self.ts(self.today - dt.timedelta(days=self.scale.days + 20), 10 * 60)
        for i in range(self.scale.enterprises):
            code, tname = self.townships[i % len(self.townships)]
            industry, suffix, tags = r.choice(names.INDUSTRIES)
            tags = list(tags)
            for extra in names.EXTRA_TAGS:
                if extra not in tags and r.random() < 0.2:
                    tags.append(extra)
            ent = {"id": self.nid(), "township_id": township_id_for(code), "name": self.names.firm(tname, suffix),
                   "tags": set(tags), "tname": tname, "principal": self.names.person()}
            phone = self.names.mobile() if r.random() < 0.8 else self.names.landline()
            rows.append((ent["id"], at, at, self.device, ent["township_id"], ent["name"], self.names.uscc(),
                         self.names.address(tname), ent["principal"], r.choice(names.TITLES), phone, industry,
                         json.dumps(tags, ensure_ascii=False)))
            out.append(ent)
        self._insert("enterprises", cols, rows)
        self.progress(f"enterprises {len(out)}")
        return out

    def _ledgers(self, enterprises: list[dict[str, Any]]) -> None:
        r = self.rng
        rec = ("id", "created_at", "updated_at", "device_id", "enterprise_id")
        cs, hp, ct = [], [], []
        at = self.ts(self.today - dt.timedelta(days=self.scale.days + 10), 11 * 60)
        for ent in enterprises:
            contractor_ids = []
            if "涉外包施工" in ent["tags"] or "涉高处作业" in ent["tags"]:
                for _ in range(r.randint(1, 3)):
                    cid = self.nid()
                    contractor_ids.append(cid)
                    start = self.today - dt.timedelta(days=r.randint(30, max(31, self.scale.days)))
                    ct.append((cid, at, at, self.device, ent["id"],
                               self.names.firm(ent["tname"], "建设工程有限公司"), self.names.uscc(),
                               r.choice(names.QUALIFICATIONS), r.choice(names.CONTRACT_SCOPES), self.names.person(),
                               self.names.mobile(), int(r.random() < 0.8), start.isoformat(),
                               (start + dt.timedelta(days=r.randint(30, 365))).isoformat()))
            ent["poisoning"] = False
            if "涉有限空间" in ent["tags"]:
                for k in range(r.randint(1, 4)):
                    kind, risk = r.choice(names.CONFINED)
                    ent["poisoning"] = ent["poisoning"] or "中毒" in risk
                    cs.append((self.nid(), at, at, self.device, ent["id"], f"YX-{k + 1:02d}", f"{k + 1}号{kind}",
                               r.choice(names.PLACES), risk, int("中毒" in risk), int(r.random() < 0.85)))
            if "涉高处作业" in ent["tags"]:
                for _ in range(r.randint(1, 3)):
                    start = self.today - dt.timedelta(days=r.randint(0, max(1, self.scale.days)))
                    hp.append((self.nid(), at, at, self.device, ent["id"], r.choice(names.HEIGHT),
                               r.choice(names.PLACES), round(r.uniform(2.5, 30), 1), start.isoformat(),
                               (start + dt.timedelta(days=r.randint(3, 60))).isoformat(),
                               r.choice(contractor_ids) if contractor_ids else None,
                               f"GC{start.year}{r.randint(1, 999):03d}"))
        self._insert("contractors", rec + ("name", "uscc", "qualification", "work_scope", "contact", "phone",
                                           "agreement_signed", "start_date", "end_date"), ct)
        self._insert("confined_spaces", rec + ("number", "name", "location", "hazards", "poisoning_risk",
                                               "warning_sign"), cs)
        self._insert("height_projects", rec + ("name", "location", "height_m", "start_date", "end_date",
                                               "contractor_id", "permit_no"), hp)

    # ------------------------------------------------------------------ inspections
    def _inspections(self, enterprises: list[dict[str, Any]], used: list[Any]) -> None:
        r = self.rng
        sc = self.scale
        by_hash = {u.template_hash: u for u in used}
        by_tags: dict[frozenset[str], list[tuple[str, Any, str]]] = {}
        plans = []
        for ent in enterprises:
            key = frozenset(ent["tags"])
            if key not in by_tags:
                by_tags[key] = demo_checklists.plan(used, set(key), sc.max_answers, r)
            plans.append(by_tags[key])

        def major_alone(e_index: int) -> list[int]:
            """Indexes of plan items whose failure alone makes a major hazard for this enterprise."""
            ent = enterprises[e_index]
            return [i for i, (th, item, _c) in enumerate(plans[e_index])
                    if by_hash[th].majors({item.id}, ent["tags"], ent.get("poisoning", False))]

        # The fixed cases include an overdue major hazard: give it an enterprise where a rule makes one.
        alone = [set(major_alone(i)) for i in range(len(enterprises))]
        capable = [i for i in range(len(enterprises)) if alone[i]][:50]
        i_cols = ("id", "created_at", "updated_at", "device_id", "enterprise_id", "township_id",
                  "inspector1_name", "inspector1_cert", "inspector2_name", "inspector2_cert", "started_at",
                  "ended_at", "place", "purpose", "onsite_person", "status")
        a_cols = ("id", "created_at", "updated_at", "device_id", "inspection_id", "template_hash", "item_id",
                  "result", "note", "readings")
        ic_cols = ("inspection_id", "template_hash", "position")
        h_cols = ("id", "created_at", "updated_at", "device_id", "number", "enterprise_id", "township_id",
                  "inspection_id", "template_hash", "item_id", "campaign", "place", "description",
                  "legal_basis", "severity", "category", "handling", "measure", "responsible_person",
                  "found_on", "found_by", "state", "deadline", "closed_on", "before_photos", "after_photos")
        e_cols = ("id", "created_at", "updated_at", "device_id", "hazard_id", "kind", "at", "by", "reason", "data",
                  "photos")
        no_photos = "[]"
        ins, ans, ics, haz, evs = [], [], [], [], []
        numbers = self._last_numbers()
        device4 = self.device[:4]
        codes = {township_id_for(c): c for c, _n in self.townships}
        n_ent = len(enterprises)
        fail_weights = (0.28, 0.30, 0.20, 0.12, 0.10)
        own_tid = township_id_for(self.townships[0][0])
        own = [i for i in range(n_ent) if enterprises[i]["township_id"] == own_tid and len(plans[i]) >= 2]
        own_capable = [i for i in range(n_ent) if enterprises[i]["township_id"] == own_tid and alone[i]]
        laptop = self.col.role != "district"
        today_cases = list(TODAY) if own and sc.inspections > len(FORCED) + len(TODAY) else []
        # Events are ordered by their time as written, and the documents issued afterwards carry the real
        # clock: today's cases must be written before now (minutes of the day in China, where the demo's
        # times are written), else they are yesterday's.
        now = clock.now().astimezone(dt.timezone(dt.timedelta(hours=8)))
        now_min = (now.hour * 60 + now.minute if now.date() == self.today
                   else 24 * 60 if now.date() > self.today else -1)
        case_age, case_start = (0, min(8 * 60 + 30, now_min - 180)) if now_min >= 200 else (1, 8 * 60 + 30)
        for k in range(sc.inspections):
            forced = FORCED[k][1] if k < len(FORCED) else None
            case = today_cases[k - len(FORCED)] if 0 <= k - len(FORCED) < len(today_cases) else None
            e_index = (r.choice(capable) if forced == "overdue" and capable
                       else own[r.randrange(len(own))] if case else r.randrange(n_ent))
            age = FORCED[k][0] if forced else case_age if case else int(sc.days * (r.random() ** 0.8))
            # On a laptop the inspector's own recent inspections are the ones still open: they carry the
            # documents this laptop signed (core/demo/documents.py), so they are in its township, led by it.
            recent = laptop and bool(own) and age <= RECENT_DAYS
            if recent and enterprises[e_index]["township_id"] != own_tid:
                pool = own_capable if forced == "overdue" and own_capable else own
                e_index = pool[e_index % len(pool)]
            ent, items = enterprises[e_index], plans[e_index]
            day = self.today - dt.timedelta(days=age)
            start_min = r.randint(8 * 60 + 30, 15 * 60 + 30)
            end_min = start_min + r.randint(50, 150)
            started, ended = self.ts(day, start_min), self.ts(day, end_min)
            crew = self.inspectors[ent["township_id"]]
            a, b = r.sample(range(len(crew)), 2)
            if forced or recent:
                a, b = 0, b or a  # the profile's inspector leads the fixed and recent cases in their township
            insp_id = self.nid()
            if case:
                self.today_cases[case] = insp_id
                a, b = 0, 1
                start_min = case_start + 40 * TODAY.index(case)
                end_min = start_min + 30
                started, ended = self.ts(day, start_min), self.ts(day, end_min)
            ins.append((insp_id, started, ended, self.device, ent["id"], ent["township_id"], crew[a][0], crew[a][1],
                        crew[b][0], crew[b][1], started, ended, ent["tname"] + "（企业厂区）",
                        r.choice(("日常检查", "专项检查", "复查", "节前检查")), ent["principal"], "completed"))
            seen_hashes: dict[str, int] = {}
            for th, _item, _c in items:
                if th not in seen_hashes:
                    seen_hashes[th] = len(seen_hashes)
                    ics.append((insp_id, th, seen_hashes[th]))
            n_fail = r.choices(range(5), fail_weights)[0]
            if forced:
                n_fail = max(1, n_fail)
            if case:
                n_fail = max(2, min(n_fail, 3))
            fails = set(r.sample(range(len(items)), min(n_fail, len(items))))
            if not forced and not case and fails & alone[e_index]:   # major hazards are rarer than general ones
                fails = {f for f in fails if f not in alone[e_index] or r.random() < MAJOR_KEEP}
            if forced == "overdue" and alone[e_index]:
                first = r.choice(sorted(alone[e_index]))   # the first hazard follows the forced path
                fails = {first} | {f for f in fails if f > first}
            majors: set[tuple[str, str]] = set()
            if fails:
                failed_by_hash: dict[str, set[str]] = {}
                for idx in fails:
                    failed_by_hash.setdefault(items[idx][0], set()).add(items[idx][1].id)
                for th, ids in failed_by_hash.items():
                    majors |= {(th, i) for i in by_hash[th].majors(ids, ent["tags"], ent.get("poisoning", False))}
            for idx, (th, item, _campaign) in enumerate(items):
                if idx in fails:
                    result = "fails"
                else:
                    result = "not_applicable" if r.random() < 0.05 else "complies"
                readings = _readings(item, result, r) if getattr(item, "readings", None) else "{}"
                ans.append((self.nid(), ended, ended, self.device, insp_id, th, item.id, result,
                            "现场发现问题" if result == "fails" else "", readings))
            for n_h, idx in enumerate(sorted(fails)):
                th, item, campaign = items[idx]
                year_key = (ent["township_id"], day.year)
                numbers[year_key] = numbers.get(year_key, 0) + 1
                code = codes[ent["township_id"]]
                hid = self.nid()
                path = "open" if case else forced if (forced and n_h == 0) else None
                severity = "major" if (th, item.id) in majors or (path == "overdue" and not alone[e_index]) else "general"
                events, handling, deadline_days = self._lifecycle(day, start_min, end_min, item, path, severity, r)
                ev_rows = []
                for kind, at, data in events:
                    ev_rows.append({"id": self.nid(), "kind": kind, "at": at, "data": data})
                d = derive(ev_rows, severity)
                place = r.choice(names.PLACES)
                before = f'["{r.choice(self.before_photos)}"]' if r.random() < 0.4 else no_photos
                after = f'["{r.choice(self.after_photos)}"]' if d.state == "closed" and r.random() < 0.5 else no_photos
                haz.append((hid, started, ev_rows[-1]["at"], self.device,
                            f"YH{code}{day.year}{numbers[year_key]:05d}-{device4}", ent["id"], ent["township_id"],
                            insp_id, th, item.id, campaign, place,
                            f"{place}：{getattr(item, 'finding_zh', '') or finding(getattr(item, 'question_zh', ''))}",
                            _basis(item), severity, getattr(item, "hazard_category", "") or "99", handling,
                            getattr(item, "measure_zh", "") or "按规定整改", ent["principal"], day.isoformat(),
                            crew[a][0], d.state, d.deadline, d.closed_on, before, after))
                for ev in ev_rows:
                    shown = after if ev["kind"] in ("closed_on_site", "reinspection_passed") else no_photos
                    evs.append((ev["id"], ev["at"], ev["at"], self.device, hid, ev["kind"], ev["at"],
                                crew[a][0], "", json.dumps(ev["data"], ensure_ascii=False), shown))
            if len(ans) >= CHUNK:
                self._flush(i_cols, ins, ic_cols, ics, a_cols, ans, h_cols, haz, e_cols, evs)
                self.progress(f"inspections {k + 1}/{sc.inspections}")
        self._flush(i_cols, ins, ic_cols, ics, a_cols, ans, h_cols, haz, e_cols, evs)
        self.progress(f"inspections {sc.inspections}/{sc.inspections}")

    def _last_numbers(self) -> dict[tuple[str, int], int]:
        """The highest hazard serial per (township, year) already used, so --force never repeats a number."""
        last: dict[tuple[str, int], int] = {}
        for township_id, year, number in self.db.execute(
                "SELECT township_id, substr(found_on, 1, 4), number FROM hazards"):
            serial = number.split("-")[0][-5:]
            if serial.isdigit() and year.isdigit():
                key = (township_id, int(year))
                last[key] = max(last.get(key, 0), int(serial))
        return last

    def _flush(self, i_cols, ins, ic_cols, ics, a_cols, ans, h_cols, haz, e_cols, evs) -> None:
        self._insert("inspections", i_cols, ins)
        self._insert("inspection_checklists", ic_cols, ics)
        self._insert("answers", a_cols, ans)
        self._insert("hazards", h_cols, haz)
        self._insert("hazard_events", e_cols, evs)

    def _lifecycle(self, day: dt.date, start_min: int, end_min: int, item: Any, path: str | None, severity: str,
                   r: random.Random) -> tuple[list[tuple[str, str, dict]], str, int]:
        """The events of one hazard found on `day` during an inspection from `start_min` to `end_min`, none
        later than today. The notice follows the end of the inspection (documents follow 完成检查)."""
        today = self.today
        found_at = self.ts(day, start_min + 30)
        days = int(getattr(item, "deadline_days", 0) or 15)
        if path is None:
            x = r.random()
            path = ("onsite" if x < 0.25 else "extended" if x < 0.32 else "failed_then_closed" if x < 0.37
                    else "overdue" if x < 0.42 and (today - day).days <= OVERDUE_DAYS else "closed")
        if path == "onsite" and severity == "major":
            path = "closed"   # a major hazard is never closed on the spot
        if path == "onsite":
            return [("created", found_at, {}), ("closed_on_site", self.ts(day, start_min + 60),
                                                {"note": "现场立即整改完毕"})], "rectify_on_site", 0
        deadline = day + dt.timedelta(days=days)
        events: list[tuple[str, str, dict]] = [("created", found_at, {"deadline": deadline.isoformat()})]
        handling = "suspend" if severity == "major" and r.random() < 0.5 else "rectify_by_deadline"

        def add(kind: str, when: dt.date, minute: int, data: dict) -> bool:
            if when > today or (when == today and minute > 9 * 60):
                return False
            events.append((kind, self.ts(when, minute), data))
            return True

        if path == "open" or (today - day).days < 1:
            return events, handling, days
        if not add("notice_issued", day, end_min + 5, {"deadline": deadline.isoformat()}):
            return events, handling, days
        if handling == "suspend":
            add("suspension_ordered", day, end_min + 10, {"date": day.isoformat(), "scope": "相关场所停止作业"})
        if severity == "major":
            add("five_measures", day, end_min + 15, {
                "measures": getattr(item, "measure_zh", "") or "按规定整改", "responsible": "企业主要负责人",
                "funds": "按治理方案列支", "deadline": deadline.isoformat(), "plan": "专项应急预案"})
        if path == "awaiting":
            return events, handling, days
        if path == "overdue":
            return events, handling, days  # never reported: past its deadline, still awaiting rectification
        if path == "extended":
            asked = max(day + dt.timedelta(days=1), deadline - dt.timedelta(days=2))
            new_deadline = deadline + dt.timedelta(days=15)
            if not add("extension_requested", asked, 10 * 60,
                       {"new_deadline": new_deadline.isoformat(), "original_deadline": deadline.isoformat()}):
                return events, handling, days
            if not add("extension_approved", asked + dt.timedelta(days=1), 10 * 60,
                       {"new_deadline": new_deadline.isoformat(), "approver": "分管负责人"}):
                return events, handling, days
            deadline = new_deadline
        reported = day + dt.timedelta(days=max(1, int((deadline - day).days * r.uniform(0.4, 0.95))))
        if path == "reported":
            reported = today - dt.timedelta(days=1)
        if not add("rectification_reported", reported, 14 * 60,
                   {"date": reported.isoformat(), "measures": getattr(item, "measure_zh", "") or "已整改",
                    "money_spent": round(r.uniform(200, 20000), 0)}):
            return events, handling, days
        if path == "reported":
            return events, handling, days
        check = reported + dt.timedelta(days=r.randint(1, 5))
        if path == "failed_then_closed":
            new_deadline = check + dt.timedelta(days=10)
            if not add("reinspection_failed", check, 10 * 60, {"new_deadline": new_deadline.isoformat()}):
                return events, handling, days
            reported = check + dt.timedelta(days=r.randint(2, 9))
            if not add("rectification_reported", reported, 15 * 60, {"date": reported.isoformat()}):
                return events, handling, days
            check = reported + dt.timedelta(days=r.randint(1, 3))
        if handling == "suspend":
            if not (add("resumption_applied", check, 9 * 60, {"date": check.isoformat(), "applicant": "企业主要负责人"})
                    and add("resumption_reviewed", check, 10 * 60 + 20,
                            {"approved": True, "reviewer": "检查员", "date": check.isoformat()})):
                return events, handling, days
        add("reinspection_passed", check, 10 * 60 + 30, {"result": "整改合格，予以销号"})
        return events, handling, days


def _basis(item: Any) -> str:
    try:
        return item.basis_text()
    except Exception:  # an item without legal basis
        return ""


def _readings(item: Any, result: str, r: random.Random) -> str:
    """Measured values for a reading item: inside every range when it complies; when it fails, the
    first reading is outside its limit (below a positive minimum, else above the maximum that applies
    given the other readings, e.g. hot-work gas analysis)."""
    if result == "not_applicable":
        return "{}"
    values: dict[str, float] = {}

    def span(rd: Any) -> tuple[float, float]:
        lo = rd.min if rd.min is not None else (rd.max * 0.5 if rd.max is not None else 0.0)
        hi = rd.max if rd.max is not None else lo * 1.5 + (0 if lo > 0 else 10)
        return lo, hi

    for rd in item.readings[1:]:
        lo, hi = span(rd)
        values[rd.key] = _round(r.uniform(lo, hi), lo, hi)
    first = item.readings[0]
    lo, hi = span(first)
    if hasattr(first, "lower_limit") and first.lower_limit(values) is not None:
        lo = max(lo, first.lower_limit(values))   # a stricter minimum that other readings bring in
        hi = max(hi, lo)
    if result == "fails":
        upper = first.upper_limit(values) if hasattr(first, "upper_limit") else first.max
        if (first.min is not None and first.min > 0) or upper is None:
            value = lo - abs(hi - lo) * r.uniform(0.05, 0.3)
            value = _round(value, float("-inf"), lo - 1e-9)
        else:
            value = upper * r.uniform(1.1, 1.5)
            value = _round(value, upper + 1e-9, float("inf"))
    else:
        value = _round(r.uniform(lo, hi), lo, hi)
    values[first.key] = value
    flat = {rd.key: values[rd.key] for rd in item.readings}
    positions = getattr(item, "positions", None)
    if not positions:
        return json.dumps(flat)
    # One set per position (上/中/下): the drawn set at one of them, compliant sets elsewhere, drawn from a
    # generator of their own so the main random stream (and the rest of the demo) stays as it was.
    sub = random.Random(json.dumps(flat))
    at = sub.randrange(len(positions))
    sets = {}
    for i, p in enumerate(positions):
        sets[p.key] = flat if i == at else json.loads(_readings(_Unpositioned(item), "complies", sub))
    return json.dumps(sets)


class _Unpositioned:
    """An item's readings without its positions (one compliant set for one position)."""

    def __init__(self, item: Any):
        self.readings = item.readings


def _round(value: float, lo: float, hi: float) -> float:
    """`value` rounded to one decimal, or to more when one decimal would leave [lo, hi] (0.2 % limits)."""
    for digits in (1, 2, 3, 4):
        v = round(value, digits)
        if lo <= v <= hi:
            return v
    return value


_NOT_DONE = ("设", "配备", "建立", "办理", "安排", "进行", "实行", "系挂", "审查", "签订", "对", "按", "为", "开展",
             "采取", "持证", "定期", "经", "在", "与", "清理", "如实", "制定", "提取")


def finding(question: str) -> str:
    """Turn a checklist question (是否…) into the finding an inspector writes (未…/不…)."""
    q = question.strip().rstrip("？?。")
    if "是否" not in q:
        return (q + "，不符合要求") if q else "检查发现不符合要求"
    subject, rest = q.split("是否", 1)
    return f"{subject}{'未' if not subject or rest.startswith(_NOT_DONE) else '不'}{rest}"
