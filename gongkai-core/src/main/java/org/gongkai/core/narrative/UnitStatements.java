package org.gongkai.core.narrative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the unit states that its tables cannot: last year's figures, the reasons for changes, and
 * notes written in words under a heading (政府购买服务指导性目录, 其他). Immutable.
 * Example: prior 2023 with 机关运行经费 23.06 万元; reason for 机关运行经费 "人员减少2人，正常退休";
 * note "其他" → "本单位无其他需要说明的相关情况".
 *
 * @param prior   last year's figures
 * @param reasons the reasons for changes
 * @param notes   paragraphs by the heading they go under, e.g. "其他"
 */
public record UnitStatements(PriorYear prior, ChangeReasons reasons, Map<String, String> notes) {

    /** Heading of the note on the 政府购买服务指导性目录 used. */
    public static final String CATALOGUE_NOTE = "政府购买服务指导性目录";
    /** Heading of the note on anything else. */
    public static final String OTHER_NOTE = "其他";

    public UnitStatements {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** Nothing stated for a budget of {@code year}: every comparison is a placeholder. */
    public static UnitStatements none(int year) {
        return new UnitStatements(PriorYear.of(year - 1), ChangeReasons.none(), Map.of());
    }

    public UnitStatements withPrior(PriorYear p) {
        return new UnitStatements(p, reasons, notes);
    }

    public UnitStatements withReasons(ChangeReasons r) {
        return new UnitStatements(prior, r, notes);
    }

    public UnitStatements withNote(String heading, String text) {
        Map<String, String> n = new LinkedHashMap<>(notes);
        n.put(heading, text);
        return new UnitStatements(prior, reasons, n);
    }

    public Optional<String> note(String heading) {
        String n = notes.get(heading);
        return n == null || n.isBlank() ? Optional.empty() : Optional.of(n.strip());
    }
}
