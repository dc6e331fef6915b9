package org.gongkai.app.store;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portal's comparison, catalogue and rule pages ask the store beyond the disclosures
 * themselves: how often each rule fired across stored versions, and which versions carry a
 * 政府购买服务指导性目录 (learnt by reading each once, then kept in {@code catalogue_summaries}).
 * Example: {@code new PortalQueries(ds).ruleCounts().get("TBL-001")} is {@code RuleCount[TBL-001, 3, 1]}
 * after the reference document alone was imported.
 */
public final class PortalQueries {

    /**
     * How often a rule fired. Example: TBL-001, 3 findings in 1 disclosure.
     *
     * @param ruleId      e.g. "TBL-001"
     * @param findings    findings stored under it, every version counted
     * @param disclosures versions with at least one
     */
    public record RuleCount(String ruleId, long findings, long disclosures) {
    }

    /**
     * A version's catalogue in numbers. Example: 49 departments, 1835 items; 0 and 0 when it has none.
     *
     * @param departments departments the catalogue lists
     * @param items       items (every level) it lists
     */
    public record CatalogueSummary(int departments, int items) {

        /** True when the version carries a catalogue with at least one item. */
        public boolean present() {
            return items > 0;
        }
    }

    private final JdbcClient jdbc;

    public PortalQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Every rule that fired at least once, by rule id (in id order). */
    public Map<String, RuleCount> ruleCounts() {
        Map<String, RuleCount> out = new LinkedHashMap<>();
        jdbc.sql("SELECT rule_id, count(*), count(DISTINCT disclosure_id) FROM findings GROUP BY rule_id ORDER BY rule_id")
                .query((rs, n) -> new RuleCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list().forEach(c -> out.put(c.ruleId(), c));
        return out;
    }

    /** The catalogue summaries known so far, by version id; a version not read yet is absent. */
    public Map<Long, CatalogueSummary> catalogueSummaries() {
        Map<Long, CatalogueSummary> out = new LinkedHashMap<>();
        jdbc.sql("SELECT disclosure_id, departments, items FROM catalogue_summaries")
                .query(rs -> {
                    out.put(rs.getLong(1), new CatalogueSummary(rs.getInt(2), rs.getInt(3)));
                });
        return out;
    }

    /** Keeps what reading version {@code id} showed of its catalogue; a second call for the same id changes nothing. */
    public void saveCatalogueSummary(long id, CatalogueSummary summary) {
        jdbc.sql("""
                INSERT INTO catalogue_summaries (disclosure_id, departments, items) VALUES (?, ?, ?)
                ON CONFLICT (disclosure_id) DO NOTHING""")
                .params(id, summary.departments(), summary.items()).update();
    }
}
