-- gongkai's store: who publishes (regions, departments, units), what they published (disclosures,
-- one row per version, the original file kept in originals), and what was read and found in it
-- (facts, findings). Money is NUMERIC, exact, with its unit: never floating point.

-- every file ever received, content-addressed: kept before it is read, so nothing sent is lost
CREATE TABLE originals (
    sha256      CHAR(64) PRIMARY KEY,
    content     BYTEA NOT NULL,
    size        BIGINT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- each import of a file, and how it went: STORED, UNCHANGED (same content as before), UNREADABLE
CREATE TABLE uploads (
    id            BIGSERIAL PRIMARY KEY,
    sha256        CHAR(64) NOT NULL REFERENCES originals (sha256),
    file_name     TEXT NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    outcome       TEXT,
    message       TEXT,
    disclosure_id BIGINT
);

-- 行政区划, e.g. 柳林县 in 山西省 ('' when the province cannot be told)
CREATE TABLE regions (
    id       BIGSERIAL PRIMARY KEY,
    name     TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '',
    UNIQUE (name, province)
);

-- 主管部门, e.g. 柳林县人力资源和社会保障局 (code 051)
CREATE TABLE departments (
    id        BIGSERIAL PRIMARY KEY,
    region_id BIGINT NOT NULL REFERENCES regions (id),
    name      TEXT NOT NULL,
    code      TEXT,
    UNIQUE (region_id, name)
);

-- 预算单位, e.g. 柳林县人力资源和社会保障局 (the department's own unit)
CREATE TABLE units (
    id            BIGSERIAL PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    name          TEXT NOT NULL,
    UNIQUE (department_id, name)
);

-- one published version of a unit's budget or final accounts for a year; immutable once stored
CREATE TABLE disclosures (
    id          BIGSERIAL PRIMARY KEY,
    unit_id     BIGINT NOT NULL REFERENCES units (id),
    year        INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('BUDGET', 'FINAL_ACCOUNTS')),
    level       TEXT CHECK (level IN ('UNIT', 'DEPARTMENT')),
    template    TEXT,
    title       TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    sha256      CHAR(64) NOT NULL REFERENCES originals (sha256),
    file_name   TEXT NOT NULL,
    format      TEXT,
    imported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at     TIMESTAMPTZ NOT NULL,
    checked_at  TIMESTAMPTZ NOT NULL,
    facts       INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    warnings    INTEGER NOT NULL DEFAULT 0,
    notes       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year, kind, version),
    UNIQUE (unit_id, year, kind, sha256)
);
CREATE INDEX disclosures_sha256 ON disclosures (sha256);

ALTER TABLE uploads ADD FOREIGN KEY (disclosure_id) REFERENCES disclosures (id);

-- an amount keyed by the FactKey's dimensions (null: not broken down that way)
CREATE TABLE facts (
    id                       BIGSERIAL PRIMARY KEY,
    disclosure_id            BIGINT NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
    function_code            TEXT,
    economic_code            TEXT,
    government_economic_code TEXT,
    funding_source           TEXT,
    period                   TEXT,
    spending_type            TEXT,
    project                  TEXT,
    item                     TEXT,
    amount                   NUMERIC NOT NULL,
    amount_unit              TEXT NOT NULL,
    label                    TEXT
);
CREATE INDEX facts_disclosure ON facts (disclosure_id);
CREATE INDEX facts_function ON facts (function_code);

-- what the checker found, with its place: table/row/column or section/sentence; page and line,
-- or sheet and cell for a workbook
CREATE TABLE findings (
    id            BIGSERIAL PRIMARY KEY,
    disclosure_id BIGINT NOT NULL REFERENCES disclosures (id) ON DELETE CASCADE,
    rule_id       TEXT NOT NULL,
    severity      TEXT NOT NULL CHECK (severity IN ('ERROR', 'WARNING', 'INFO')),
    category      TEXT,
    message       TEXT NOT NULL,
    location      TEXT,
    table_id      TEXT,
    row_label     TEXT,
    column_label  TEXT,
    section       TEXT,
    sentence      TEXT,
    sheet         TEXT,
    page          INTEGER,
    line          INTEGER,
    cell_column   INTEGER,
    expected      TEXT,
    actual        TEXT,
    difference    TEXT
);
CREATE INDEX findings_disclosure ON findings (disclosure_id);
CREATE INDEX findings_rule ON findings (rule_id);
