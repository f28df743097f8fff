"""The schema, as named migrations in order (sqlite_utils.migrations).

Never edit a migration that has shipped: add a new one. Every synced record carries
`id` (UUID text), `created_at`, `updated_at` and `device_id` (the device that last wrote it).
A fixture database of each released schema lives in tests/fixtures/ and must keep migrating.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "inspector_app"
migrations = Migrations(MIGRATION_SET)

# Columns every synced record has.
RECORD = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL
"""


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The local profile: one row, the user of this installation.
CREATE TABLE profile (
    {RECORD},
    role TEXT NOT NULL CHECK (role IN ('inspector', 'district')),
    inspector_name TEXT NOT NULL,
    cert_no TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    unit_short TEXT NOT NULL DEFAULT '',
    unit_kind TEXT NOT NULL DEFAULT 'supervision'
        CHECK (unit_kind IN ('enforcement', 'supervision')),
    township_id TEXT REFERENCES townships(id),
    district TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{{}}'   -- JSON: document patterns, appeal bodies, ...
);

CREATE TABLE townships (
    {RECORD},
    code TEXT NOT NULL UNIQUE,              -- administrative code, e.g. 370882101
    name TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT ''
);

CREATE TABLE enterprises (
    {RECORD},
    township_id TEXT NOT NULL REFERENCES townships(id),
    name TEXT NOT NULL,
    uscc TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    principal TEXT NOT NULL DEFAULT '',
    principal_title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    risk_tags TEXT NOT NULL DEFAULT '[]',   -- JSON list, e.g. ["涉有限空间", "涉粉尘"]
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX enterprises_uscc ON enterprises(uscc);
CREATE INDEX enterprises_township ON enterprises(township_id, name);

-- 有限空间台账
CREATE TABLE confined_spaces (
    {RECORD},
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    number TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    hazards TEXT NOT NULL DEFAULT '',        -- e.g. 硫化氢中毒、缺氧窒息
    poisoning_risk INTEGER NOT NULL DEFAULT 0,
    warning_sign INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX confined_spaces_enterprise ON confined_spaces(enterprise_id);

-- 高处作业项目台账
CREATE TABLE height_projects (
    {RECORD},
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    height_m REAL,
    start_date TEXT,
    end_date TEXT,
    contractor_id TEXT REFERENCES contractors(id),
    permit_no TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX height_projects_enterprise ON height_projects(enterprise_id);

-- 相关方 / 外包单位台账
CREATE TABLE contractors (
    {RECORD},
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    name TEXT NOT NULL,
    uscc TEXT NOT NULL DEFAULT '',
    qualification TEXT NOT NULL DEFAULT '',
    work_scope TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    agreement_signed INTEGER NOT NULL DEFAULT 0,
    start_date TEXT,
    end_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contractors_enterprise ON contractors(enterprise_id);

-- Checklist versions ever used or installed; `source` keeps the exact file text so an old
-- inspection displays and prints with the version it was made with.
CREATE TABLE checklist_templates (
    content_hash TEXT PRIMARY KEY,          -- SHA-256 of the definition file
    checklist_id TEXT NOT NULL,
    version TEXT NOT NULL,
    campaign TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    installed_at TEXT NOT NULL
);
CREATE INDEX checklist_templates_id ON checklist_templates(checklist_id, version);

CREATE TABLE inspections (
    {RECORD},
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    township_id TEXT NOT NULL REFERENCES townships(id),
    inspector1_name TEXT NOT NULL,
    inspector1_cert TEXT NOT NULL,
    inspector2_name TEXT NOT NULL DEFAULT '',
    inspector2_cert TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    ended_at TEXT,
    place TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    onsite_person TEXT NOT NULL DEFAULT '',  -- 现场负责人
    status TEXT NOT NULL DEFAULT 'in_progress'
        CHECK (status IN ('in_progress', 'completed', 'cancelled'))
);
CREATE INDEX inspections_enterprise ON inspections(enterprise_id, started_at);
CREATE INDEX inspections_township ON inspections(township_id, started_at);

CREATE TABLE inspection_checklists (
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    template_hash TEXT NOT NULL REFERENCES checklist_templates(content_hash),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (inspection_id, template_hash)
);

CREATE TABLE answers (
    {RECORD},
    inspection_id TEXT NOT NULL REFERENCES inspections(id),
    template_hash TEXT NOT NULL REFERENCES checklist_templates(content_hash),
    item_id TEXT NOT NULL,
    result TEXT CHECK (result IN ('complies', 'fails', 'not_applicable')),
    note TEXT NOT NULL DEFAULT '',
    readings TEXT NOT NULL DEFAULT '{{}}',   -- JSON: {{"o2": 20.1, ...}}
    photos TEXT NOT NULL DEFAULT '[]'       -- JSON list of attachment SHA-256
);
CREATE UNIQUE INDEX answers_item ON answers(inspection_id, template_hash, item_id);

CREATE TABLE hazards (
    {RECORD},
    number TEXT NOT NULL DEFAULT '',         -- 隐患编号
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    township_id TEXT NOT NULL REFERENCES townships(id),
    inspection_id TEXT REFERENCES inspections(id),
    template_hash TEXT,                      -- link back to the checklist item
    item_id TEXT,
    campaign TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'inspection'
        CHECK (source IN ('inspection', 'self_check', 'report', 'other')),
    severity TEXT NOT NULL DEFAULT 'general' CHECK (severity IN ('general', 'major')),
    category TEXT NOT NULL DEFAULT '99',
    handling TEXT NOT NULL DEFAULT 'rectify_by_deadline'
        CHECK (handling IN ('rectify_on_site', 'rectify_by_deadline', 'suspend')),
    measure TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    temp_measures TEXT NOT NULL DEFAULT '',
    money_spent REAL,
    found_on TEXT NOT NULL,
    found_by TEXT NOT NULL DEFAULT '',
    before_photos TEXT NOT NULL DEFAULT '[]',
    after_photos TEXT NOT NULL DEFAULT '[]',
    -- Derived from hazard_events by core.hazards; never set directly.
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN
        ('open', 'awaiting_rectification', 'awaiting_reinspection', 'closed')),
    deadline TEXT,
    closed_on TEXT
);
CREATE INDEX hazards_enterprise ON hazards(enterprise_id, found_on);
CREATE INDEX hazards_township_state ON hazards(township_id, state, deadline);
CREATE INDEX hazards_state_deadline ON hazards(state, deadline);
CREATE INDEX hazards_inspection ON hazards(inspection_id);

CREATE TABLE hazard_events (
    {RECORD},
    hazard_id TEXT NOT NULL REFERENCES hazards(id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,                        -- when it happened
    by TEXT NOT NULL DEFAULT '',             -- who
    reason TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{{}}',        -- JSON: deadline, result, document id, ...
    photos TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX hazard_events_hazard ON hazard_events(hazard_id, at);

CREATE TABLE documents (
    {RECORD},
    doc_type TEXT NOT NULL CHECK (doc_type IN ('inspection_record', 'rectification_order',
        'rectification_opinion', 'reinspection_opinion')),
    doc_no TEXT NOT NULL DEFAULT '',
    year INTEGER,
    serial INTEGER,
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    inspection_id TEXT REFERENCES inspections(id),
    refers_to TEXT REFERENCES documents(id),  -- the notice a re-inspection follows up
    replaces TEXT REFERENCES documents(id),   -- the voided document this one reissues
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued', 'voided')),
    content TEXT NOT NULL DEFAULT '{{}}',      -- JSON: everything printed
    content_hash TEXT,
    pdf_sha256 TEXT,
    issued_at TEXT,
    issued_by TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX documents_doc_no ON documents(doc_no) WHERE doc_no != '';
CREATE INDEX documents_enterprise ON documents(enterprise_id);
CREATE INDEX documents_inspection ON documents(inspection_id);

-- Files (photos, signatures, PDFs) stored under attachments/ab/abcdef... by SHA-256.
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'signature', 'pdf', 'other')),
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    taken_at TEXT,
    original_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    device_id TEXT NOT NULL
);

-- 执法全过程记录: append-only, each row hashes the previous one.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT NOT NULL DEFAULT '',
    row_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{{}}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Sync bookkeeping: known devices (this one included) and what each peer has acknowledged.
CREATE TABLE devices (
    id TEXT PRIMARY KEY,                     -- device id
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'inspector',
    township_id TEXT,
    public_key TEXT NOT NULL DEFAULT '',
    certificate TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'self'
        CHECK (status IN ('self', 'pending', 'approved', 'revoked', 'district')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sync_peers (
    peer_id TEXT PRIMARY KEY,
    last_sent_seq INTEGER NOT NULL DEFAULT 0,
    last_acked_seq INTEGER NOT NULL DEFAULT 0,
    last_received_seq INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT
);
"""
    )


@migrations(name="0002_sync_change_log")
def m0002_sync_change_log(db: Database) -> None:
    """Sync bookkeeping (core/sync): the operations log, the device clock, conflicts, quarantine.

    The capture triggers themselves are (re)created by core.sync.capture from the live schema,
    so columns added by later migrations are captured too.
    """
    db.executescript(
        """
CREATE TABLE sync_control (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    capture INTEGER NOT NULL DEFAULT 1,      -- 0 while applying remote ops or bulk loading
    hlc INTEGER NOT NULL DEFAULT 0           -- hybrid logical clock: unix ms * 65536 + counter
);
INSERT INTO sync_control (id, capture, hlc) VALUES (1, 1, 0);

-- Every change to a synced row, made here (origin = this device) or received.
CREATE TABLE sync_ops (
    lseq INTEGER PRIMARY KEY,                -- local order; for our own ops the per-device sequence
    op_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,                    -- device that made the change
    oseq INTEGER NOT NULL,                   -- the origin's sequence number
    hlc INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update')),
    fields TEXT NOT NULL,                    -- JSON object: column -> new value
    prev TEXT NOT NULL DEFAULT '{}',         -- JSON object: column -> value it replaced (updates)
    scope TEXT NOT NULL DEFAULT '',          -- township id, '' = every device
    received_from TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_ops_row ON sync_ops(tbl, row_id);

-- Rows whose ops could not be applied yet (parent missing, unique clash); retried after imports.
CREATE TABLE sync_pending (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tbl, row_id)
);

CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    winner_value TEXT,
    winner_op TEXT NOT NULL,
    other_value TEXT,
    other_op TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_quarantine (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,                      -- under <data_dir>/quarantine/
    sha256 TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'applied'))
);

-- Files a peer is known to hold (sent in an acknowledged bundle or received from it).
CREATE TABLE sync_peer_files (
    peer_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    sent_in_seq INTEGER NOT NULL DEFAULT 0,  -- 0 = received from the peer
    PRIMARY KEY (peer_id, sha256)
);

-- Document serial blocks handed out by the district (device, year, first..last).
CREATE TABLE sync_serial_blocks (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    issued_at TEXT NOT NULL
);
CREATE INDEX sync_serial_blocks_device ON sync_serial_blocks(device_id, year);

ALTER TABLE sync_peers ADD COLUMN ack_sent_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_peers ADD COLUMN control_sent TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN box_key TEXT NOT NULL DEFAULT '';       -- X25519 public key, hex
ALTER TABLE devices ADD COLUMN cert_no TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN township_code TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN township_name TEXT NOT NULL DEFAULT '';
"""
    )


@migrations(name="0003_hazard_ledger_indexes")
def m0003_hazard_ledger_indexes(db: Database) -> None:
    """Indexes for the hazard ledger (core/ledger.py): newest-first paging, campaign and date filters,
    and a covering index so counts and the summary bar read the index, not the table."""
    db.executescript(
        """
CREATE INDEX IF NOT EXISTS hazards_found_on ON hazards(found_on, id);
CREATE INDEX IF NOT EXISTS hazards_campaign ON hazards(campaign, found_on);
CREATE INDEX IF NOT EXISTS hazards_ledger_cover
    ON hazards(severity, state, deadline, township_id, campaign, found_on, enterprise_id);
CREATE INDEX IF NOT EXISTS enterprises_name ON enterprises(name);
"""
    )


@migrations(name="0004_enterprise_sector_class")
def m0004_enterprise_sector_class(db: Database) -> None:
    """The enterprise's sector (工贸 / 危化 / 建筑 / 其他, see core.enterprises.SECTORS: it decides which
    legal bases and 重大事故隐患 rules apply) and its supervision class (分级分类, A–D: how often it must
    be inspected). Empty means not yet classified."""
    db.executescript(
        """
ALTER TABLE enterprises ADD COLUMN sector TEXT NOT NULL DEFAULT '';
ALTER TABLE enterprises ADD COLUMN supervision_class TEXT NOT NULL DEFAULT '';
"""
    )


@migrations(name="0005_sync_refused")
def m0005_sync_refused(db: Database) -> None:
    """Operations refused one by one on import (core/sync/authorize.py): at the district, what it
    refused from each laptop (sent back until the laptop acknowledges its number); on a laptop, the list the
    district sent back. The bundle around them is applied; one bad record never blocks the rest."""
    db.executescript(
        """
CREATE TABLE sync_refused (
    op_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,                    -- the device that made the change
    refused_by TEXT NOT NULL,                -- the device that refused it
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]',       -- JSON list of the column names it changed
    hlc INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,                      -- scope | parent | global | origin | row | value | clock
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL,
    hint_zh TEXT NOT NULL DEFAULT '',
    hint_en TEXT NOT NULL DEFAULT '',
    refused_at TEXT NOT NULL,
    remote_num INTEGER NOT NULL DEFAULT 0,   -- on a laptop: the district's number (rowid) of this refusal
    resent_at TEXT                           -- on a laptop: when the record was sent again
);
CREATE INDEX sync_refused_origin ON sync_refused(origin, refused_at);
"""
    )


@migrations(name="0006_document_onsite_measures")
def m0006_document_onsite_measures(db: Database) -> None:
    """Documents may be 现场处理措施决定书 (an enforcement unit's order to stop work and withdraw workers).
    SQLite cannot change a CHECK constraint, so the table is rebuilt with the same columns and indexes
    (the sync capture triggers are recreated by core.sync.capture.ensure_triggers)."""
    cols = ("id, created_at, updated_at, device_id, doc_type, doc_no, year, serial, enterprise_id, inspection_id, "
            "refers_to, replaces, state, content, content_hash, pdf_sha256, issued_at, issued_by, voided_at, "
            "void_reason")
    db.executescript(
        f"""
CREATE TABLE documents_new (
    {RECORD},
    doc_type TEXT NOT NULL CHECK (doc_type IN ('inspection_record', 'rectification_order',
        'rectification_opinion', 'reinspection_opinion', 'onsite_measures_decision')),
    doc_no TEXT NOT NULL DEFAULT '',
    year INTEGER,
    serial INTEGER,
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    inspection_id TEXT REFERENCES inspections(id),
    refers_to TEXT REFERENCES documents(id),  -- the notice a re-inspection follows up
    replaces TEXT REFERENCES documents(id),   -- the voided document this one reissues
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued', 'voided')),
    content TEXT NOT NULL DEFAULT '{{}}',      -- JSON: everything printed
    content_hash TEXT,
    pdf_sha256 TEXT,
    issued_at TEXT,
    issued_by TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO documents_new ({cols}) SELECT {cols} FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;
CREATE UNIQUE INDEX documents_doc_no ON documents(doc_no) WHERE doc_no != '';
CREATE INDEX documents_enterprise ON documents(enterprise_id);
CREATE INDEX documents_inspection ON documents(inspection_id);
"""
    )


@migrations(name="0007_plans_draws_complaints")
def m0007_plans_draws_complaints(db: Database) -> None:
    """The district's month (core/plans.py, core/complaints.py): the roster of enforcement staff
    (执法人员名录库), annual plans per township, 双随机 draws and the planned inspections they produce
    (sent to the township's laptops), complaints (举报) and their verification. Inspections carry their
    kind and the 四不两直 flag."""
    db.executescript(
        f"""
ALTER TABLE inspections ADD COLUMN kind TEXT NOT NULL DEFAULT 'planned'
    CHECK (kind IN ('random', 'planned', 'special', 'complaint', 'reinspection'));
ALTER TABLE inspections ADD COLUMN unannounced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inspections ADD COLUMN planned_id TEXT;

-- 执法人员名录库: who may be drawn as an inspection pair.
CREATE TABLE roster (
    {RECORD},
    township_id TEXT REFERENCES townships(id),  -- NULL = district staff, drawn for any township
    name TEXT NOT NULL,
    cert_no TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX roster_cert ON roster(cert_no);

-- 年度执法检查计划: one row per township and year.
CREATE TABLE inspection_plans (
    {RECORD},
    township_id TEXT NOT NULL REFERENCES townships(id),
    year INTEGER NOT NULL,
    frequencies TEXT NOT NULL DEFAULT '{{}}',  -- JSON: class -> visits per enterprise per year
    by_class TEXT NOT NULL DEFAULT '{{}}',     -- JSON: class -> [enterprises, visits]
    total_visits INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX inspection_plans_township_year ON inspection_plans(township_id, year);

-- 双随机 draws: the published record.
CREATE TABLE draws (
    {RECORD},
    month TEXT NOT NULL,                     -- YYYY-MM
    seed TEXT NOT NULL,
    township_id TEXT REFERENCES townships(id),  -- NULL = every township
    count INTEGER NOT NULL,
    drawn_at TEXT NOT NULL,
    drawn_by TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '{{}}'       -- JSON: the pool sizes, the drawn enterprises and pairs
);
CREATE INDEX draws_month ON draws(month);

-- Inspections the district (or the township) planned: drawn, scheduled, campaign or complaint checks.
CREATE TABLE planned_inspections (
    {RECORD},
    township_id TEXT NOT NULL REFERENCES townships(id),
    enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
    month TEXT NOT NULL,                     -- YYYY-MM it is planned for
    due_on TEXT,
    kind TEXT NOT NULL DEFAULT 'planned'
        CHECK (kind IN ('random', 'planned', 'special', 'complaint', 'reinspection')),
    unannounced INTEGER NOT NULL DEFAULT 0,  -- 四不两直
    draw_id TEXT,
    complaint_id TEXT,
    inspector1_name TEXT NOT NULL DEFAULT '',
    inspector1_cert TEXT NOT NULL DEFAULT '',
    inspector2_name TEXT NOT NULL DEFAULT '',
    inspector2_cert TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    inspection_id TEXT,                      -- set when the inspection is started
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'started', 'done', 'cancelled'))
);
CREATE INDEX planned_inspections_month ON planned_inspections(township_id, month);
CREATE INDEX planned_inspections_enterprise ON planned_inspections(enterprise_id);

-- 举报: received, verified by an inspection, answered.
CREATE TABLE complaints (
    {RECORD},
    township_id TEXT NOT NULL REFERENCES townships(id),
    enterprise_id TEXT REFERENCES enterprises(id),
    source TEXT NOT NULL DEFAULT 'hotline'
        CHECK (source IN ('hotline', 'letter', 'online', 'visit', 'referral', 'other')),
    content TEXT NOT NULL,
    complainant TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL,                    -- reply deadline
    planned_id TEXT,                         -- the verification inspection
    finding TEXT NOT NULL DEFAULT '',
    substantiated INTEGER,                   -- NULL until verified
    reply TEXT NOT NULL DEFAULT '',
    replied_on TEXT,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'dispatched', 'verified', 'replied'))
);
CREATE INDEX complaints_township ON complaints(township_id, received_on);
"""
    )


@migrations(name="0008_photo_location")
def m0008_photo_location(db: Database) -> None:
    """Location evidence: a photo's EXIF GPS position (WGS-84 degrees, metres) kept beside its capture time."""
    db.executescript(
        """
ALTER TABLE attachments ADD COLUMN gps_lat REAL;
ALTER TABLE attachments ADD COLUMN gps_lon REAL;
ALTER TABLE attachments ADD COLUMN gps_alt REAL;
"""
    )


@migrations(name="0009_device_audit")
def m0009_device_audit(db: Database) -> None:
    """The district's copy of every laptop's audit chain (core/device_audit.py)."""
    db.executescript(
        """
CREATE TABLE device_audit (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    tbl TEXT NOT NULL DEFAULT '',
    row_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
"""
    )



@migrations(name="0010_answer_amendments")
def m0010_answer_amendments(db: Database) -> None:
    """An answer changed after its inspection was completed carries the time and reason of its latest
    amendment (the full history, with old and new values, is in the audit log)."""
    db.execute("ALTER TABLE answers ADD COLUMN amended_at TEXT")
    db.execute("ALTER TABLE answers ADD COLUMN amend_reason TEXT NOT NULL DEFAULT ''")


@migrations(name="0011_hazard_text_search")
def m0011_hazard_text_search(db: Database) -> None:
    """Text search for the hazard ledger (core/ledger.py). `hazard_text` holds each hazard's number,
    description and place lower-cased in one narrow row (kept in step by triggers; rowid = the hazard's
    rowid, stable because hazards are never deleted and the database is never VACUUMed); an FTS5
    trigram index over it answers searches of 3+ characters, shorter ones scan the narrow table.
    Also partial indexes for the 今日 lists: open hazards by enterprise, inspections in progress."""
    db.executescript(
        """
CREATE TABLE hazard_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE hazard_text_fts USING fts5(
    text, content='hazard_text', content_rowid='id', tokenize='trigram');
CREATE TRIGGER hazard_text_ai AFTER INSERT ON hazard_text BEGIN
    INSERT INTO hazard_text_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER hazard_text_ad AFTER DELETE ON hazard_text BEGIN
    INSERT INTO hazard_text_fts (hazard_text_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER hazards_text_ins AFTER INSERT ON hazards BEGIN
    INSERT INTO hazard_text (id, text)
    VALUES (NEW.rowid, lower(NEW.number || ' ' || NEW.description || ' ' || NEW.place));
END;
CREATE TRIGGER hazards_text_upd AFTER UPDATE OF number, description, place ON hazards BEGIN
    DELETE FROM hazard_text WHERE id = OLD.rowid;
    INSERT INTO hazard_text (id, text)
    VALUES (NEW.rowid, lower(NEW.number || ' ' || NEW.description || ' ' || NEW.place));
END;
CREATE TRIGGER hazards_text_del AFTER DELETE ON hazards BEGIN
    DELETE FROM hazard_text WHERE id = OLD.rowid;
END;
INSERT INTO hazard_text (id, text) SELECT rowid, lower(number || ' ' || description || ' ' || place) FROM hazards;
CREATE INDEX IF NOT EXISTS hazards_open_by_enterprise
    ON hazards(enterprise_id, deadline, severity) WHERE state != 'closed';
CREATE INDEX IF NOT EXISTS inspections_in_progress
    ON inspections(started_at) WHERE status = 'in_progress';
"""
    )


@migrations(name="0012_hazards_closed_on")
def m0012_hazards_closed_on(db: Database) -> None:
    """The monthly report (core/reports.py) finds hazards rectified in a month and those still open at its
    end (closed_on empty or later) through this index instead of scanning every hazard (docs/performance.md)."""
    db.execute("CREATE INDEX IF NOT EXISTS hazards_closed_on ON hazards(closed_on)")


@migrations(name="0013_inspections_completed")
def m0013_inspections_completed(db: Database) -> None:
    """The documents' inspection picker lists completed inspections newest first (core Inspections.completed):
    a partial index walks them in that order instead of sorting every inspection (docs/performance.md)."""
    db.execute("CREATE INDEX IF NOT EXISTS inspections_completed ON inspections(started_at) "
               "WHERE status = 'completed'")


@migrations(name="0014_inspection_text_search")
def m0014_inspection_text_search(db: Database) -> None:
    """Text search for the documents' inspection picker (core Inspections.completed). `inspection_text` holds
    each inspection's place and date (the first ten characters of started_at) lower-cased in one narrow row,
    kept in step by triggers (rowid = the inspection's rowid, stable: inspections are never deleted); an FTS5
    trigram index over it answers texts of 3+ characters, shorter ones scan the narrow table. Enterprise
    names and credit codes are matched on the enterprises table, which is small (docs/performance.md)."""
    db.executescript(
        """
CREATE TABLE inspection_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE VIRTUAL TABLE inspection_text_fts USING fts5(
    text, content='inspection_text', content_rowid='id', tokenize='trigram');
CREATE TRIGGER inspection_text_ai AFTER INSERT ON inspection_text BEGIN
    INSERT INTO inspection_text_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER inspection_text_ad AFTER DELETE ON inspection_text BEGIN
    INSERT INTO inspection_text_fts (inspection_text_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER inspections_text_ins AFTER INSERT ON inspections BEGIN
    INSERT INTO inspection_text (id, text) VALUES (NEW.rowid, lower(NEW.place || char(10) || substr(NEW.started_at, 1, 10)));
END;
CREATE TRIGGER inspections_text_upd AFTER UPDATE OF place, started_at ON inspections BEGIN
    DELETE FROM inspection_text WHERE id = OLD.rowid;
    INSERT INTO inspection_text (id, text) VALUES (NEW.rowid, lower(NEW.place || char(10) || substr(NEW.started_at, 1, 10)));
END;
CREATE TRIGGER inspections_text_del AFTER DELETE ON inspections BEGIN
    DELETE FROM inspection_text WHERE id = OLD.rowid;
END;
INSERT INTO inspection_text (id, text) SELECT rowid, lower(place || char(10) || substr(started_at, 1, 10)) FROM inspections;
"""
    )


@migrations(name="0015_hazard_text_grams")
def m0015_hazard_text_grams(db: Database) -> None:
    """Ledger searches of one or two characters (core/ledger.py): an FTS5 index holding each hazard text's
    characters and character pairs as words, so "安全" is one lookup instead of a pass over every text.
    Rowids only (detail=none, contentless); the words are cut in SQL with a table of positions, because a
    trigger cannot call Python. Texts longer than the positions table are few and found by a partial index."""
    db.executescript(
        """
CREATE TABLE hazard_text_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 4096)
INSERT INTO hazard_text_positions (n) SELECT n FROM p;
CREATE INDEX hazard_text_long ON hazard_text(id) WHERE length(text) > 4096;
CREATE VIRTUAL TABLE hazard_text_grams USING fts5(
    grams, content='', detail=none, tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER hazard_text_grams_ai AFTER INSERT ON hazard_text BEGIN
    INSERT INTO hazard_text_grams (rowid, grams)
    VALUES (NEW.id, (SELECT group_concat(substr(NEW.text, n, 1) || ' ' || substr(NEW.text, n, 2), ' ')
                     FROM hazard_text_positions WHERE n <= length(NEW.text)));
END;
CREATE TRIGGER hazard_text_grams_ad AFTER DELETE ON hazard_text BEGIN
    INSERT INTO hazard_text_grams (hazard_text_grams, rowid, grams)
    VALUES ('delete', OLD.id, (SELECT group_concat(substr(OLD.text, n, 1) || ' ' || substr(OLD.text, n, 2), ' ')
                               FROM hazard_text_positions WHERE n <= length(OLD.text)));
END;
INSERT INTO hazard_text_grams (rowid, grams)
SELECT id, (SELECT group_concat(substr(text, n, 1) || ' ' || substr(text, n, 2), ' ')
            FROM hazard_text_positions WHERE n <= length(text)) FROM hazard_text;
"""
    )


@migrations(name="0016_inspections_completed_instant")
def m0016_inspections_completed_instant(db: Database) -> None:
    """The documents' inspection picker (core Inspections.completed) lists completed inspections newest first by
    the instant they started, `julianday(started_at)`: started_at as text sorts wrongly when offsets differ
    (a laptop's clock zone changed, a record synced from elsewhere). This partial index holds that instant, so
    the picker walks it in order as it walked 0013's index by text; 0013's index stays for the reports, which
    select by month of the text (docs/performance.md, inspection picker)."""
    db.execute("CREATE INDEX IF NOT EXISTS inspections_completed_instant ON inspections(julianday(started_at)) "
               "WHERE status = 'completed'")
