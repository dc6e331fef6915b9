package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedTable;

/**
 * Tables are numbered one way: all or none, with one prefix (not 预算公开表1 beside 部门公开表9),
 * rising in the order they are printed and no number twice.
 */
@RuleSpec(id = "DOC-003", severity = Severity.ERROR, category = Category.FORMAT,
        title = "表格编号一致",
        message = "表格编号{problem}",
        description = "表格要么都印编号、要么都不印（部分有编号为警告）；编号用同一种写法（“预算公开表1”与“部门公开表9”混用为警告）；"
                + "编号按印出的先后递增、不得重复（错误）。各年表样的表序不同，因此不与表样中的位置比较。")
public final class NumberingRule implements Rule {

    private static final Pattern NUMERAL = Pattern.compile("([0-9]+|[一二三四五六七八九十]+)");

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未读到表格");
            return;
        }
        Tables tables = Tables.of(d, run);
        List<PublishedTable> numbered = new ArrayList<>();
        for (PublishedTable t : d.tables()) {
            if (t.number() != null) {
                numbered.add(t);
            }
        }
        if (numbered.isEmpty()) {
            run.notApplicable("表格均未印编号");
            return;
        }
        if (numbered.size() < d.tables().size()) {
            List<String> printed = new ArrayList<>();
            numbered.forEach(t -> printed.add(t.number()));
            run.report(Severity.WARNING, Location.cell(tables.name(numbered.get(0).id()), null, null, numbered.get(0).position()),
                    d.tables().size() + "张表都有编号", numbered.size() + "张有编号", null,
                    "problem", "不全：" + d.tables().size() + "张表中只有" + numbered.size() + "张印有编号（" + String.join("、", printed) + "）");
        }
        Set<String> prefixes = new LinkedHashSet<>();
        Map<Integer, PublishedTable> seen = new HashMap<>();
        List<PublishedTable> printedOrder = new ArrayList<>(numbered);
        printedOrder.sort(Comparator.comparing((PublishedTable t) -> t.position().page()).thenComparing(t -> t.position().line()));
        int previous = 0;
        PublishedTable previousTable = null;
        for (PublishedTable t : printedOrder) {
            Matcher m = NUMERAL.matcher(t.number());
            String numeral = null;
            int start = 0;
            while (m.find()) {
                numeral = m.group();
                start = m.start();
            }
            if (numeral == null) {
                continue;
            }
            prefixes.add(t.number().substring(0, start) + "…" + t.number().substring(start + numeral.length()));
            int value = Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : ChineseNumerals.parse(numeral);
            if (value <= 0) {
                continue;
            }
            Location at = Location.cell(tables.name(t.id()), null, null, t.position());
            PublishedTable before = seen.putIfAbsent(value, t);
            if (before != null) {
                run.report(Severity.ERROR, at, null, t.number(), null,
                        "problem", "重复：" + tables.name(before.id()) + "和" + tables.name(t.id()) + "都印作“" + t.number() + "”");
            } else if (value < previous) {
                run.report(Severity.ERROR, at, "大于" + previous, String.valueOf(value), null,
                        "problem", "顺序颠倒：“" + t.number() + "”印在“" + previousTable.number() + "”之后");
            }
            if (value > previous) {
                previous = value;
                previousTable = t;
            }
        }
        if (prefixes.size() > 1) {
            List<String> kinds = new ArrayList<>();
            prefixes.forEach(p -> kinds.add("“" + p.replace("…", "N") + "”"));
            run.report(Severity.WARNING, Location.cell(tables.name(numbered.get(0).id()), null, null, numbered.get(0).position()),
                    "一种写法", String.join("、", kinds), null, "problem", "写法不一：" + String.join("与", kinds) + "混用");
        }
    }
}
