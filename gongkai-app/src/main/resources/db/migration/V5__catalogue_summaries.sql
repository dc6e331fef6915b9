-- what the portal's catalogue page learnt by reading a stored version once: how many departments and
-- items its 政府购买服务指导性目录 has (0 and 0: it has none). A version never changes once stored,
-- so a summary never goes stale; it saves reading every document again to find the ones with a catalogue.
CREATE TABLE catalogue_summaries (
    disclosure_id BIGINT PRIMARY KEY REFERENCES disclosures (id) ON DELETE CASCADE,
    departments   INTEGER NOT NULL CHECK (departments >= 0),
    items         INTEGER NOT NULL CHECK (items >= 0)
);
