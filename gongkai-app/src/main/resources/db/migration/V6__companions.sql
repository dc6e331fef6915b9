-- A disclosure published as two files (the Jiangsu departments: "…部门预算公开文件.pdf" with 概况 and
-- 情况说明, "…部门预算公开表.pdf" with the tables) is stored as one version: the text's file is its
-- original, the tables' file its companion; both are kept in originals like any file received.
ALTER TABLE disclosures ADD COLUMN companion_sha256 CHAR(64) REFERENCES originals (sha256);
ALTER TABLE disclosures ADD COLUMN companion_file_name TEXT;
-- what a file stored on its own holds of a disclosure: TEXT (概况 or 情况说明, no table) or TABLES
-- (tables, no text); null when it is the whole disclosure or stored with its companion. A file that
-- is one half is read again when it comes back, in case its other half comes with it.
ALTER TABLE disclosures ADD COLUMN part TEXT CHECK (part IN ('TEXT', 'TABLES'));
-- one version per content, the content being the original and its companion
ALTER TABLE disclosures DROP CONSTRAINT disclosures_unit_id_year_kind_sha256_key;
CREATE UNIQUE INDEX disclosures_content ON disclosures (unit_id, year, kind, sha256, COALESCE(companion_sha256, ''));
CREATE INDEX disclosures_companion_sha256 ON disclosures (companion_sha256);
