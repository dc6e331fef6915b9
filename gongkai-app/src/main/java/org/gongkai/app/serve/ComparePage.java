package org.gongkai.app.serve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.app.serve.Comparison.Row;
import org.gongkai.app.serve.Comparison.Status;
import org.gongkai.app.serve.MainFigures.Section;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Money;
import org.gongkai.core.write.Markup;

/**
 * The comparison page and its chooser. The comparison prints, per section, each row's A, B,
 * difference (B − A) and percentage change, rounded to two decimals only here: "—" where a side
 * does not print a figure, 新增/取消 for a code or project one side lacks, 上年为零 (or 基数为零 between
 * two units) where A is zero. Rises are marked {@code .up}, falls {@code .down}. Everything printed
 * is escaped. Example: "机关运行经费 | 21.19 | 25.00 | +3.81 | +17.98%".
 */
final class ComparePage {

    private ComparePage() {
    }

    /** The comparison. */
    static String write(Comparison c, Lang lang) {
        StoredDisclosure a = c.a();
        StoredDisclosure b = c.b();
        String path = "/compare?a=" + a.id() + "&b=" + b.id();
        StringBuilder h = PageFrame.open("比较：" + a.unit() + " " + a.year() + " 与 " + b.unit() + " " + b.year(),
                "Compare: " + a.unit() + " " + a.year() + " and " + b.unit() + " " + b.year(), lang, path);
        h.append("<h1>").append(lang.t("比较", "Compare")).append("</h1>\n");
        h.append("<table class=\"grid compared\"><tr><th></th><th>").append(lang.t("文件", "Document")).append("</th></tr>\n");
        side(h, "A", a, lang);
        side(h, "B", b, lang);
        h.append("</table>\n<p class=\"muted\">");
        Markup.esc(h, lang.t("金额单位：" + c.unit().label() + "。差额为 B − A，变化率为差额占 A 的百分比；按原数精确计算，显示时四舍五入到两位小数。",
                "Amounts in " + (c.unit().label().equals("元") ? "yuan" : "10,000 yuan") + ". Difference is B − A, change is the difference as a"
                        + " percentage of A; worked out exactly, rounded to two decimals for display."));
        h.append(" <a href=\"/compare?a=").append(b.id()).append("&amp;b=").append(a.id()).append("\">")
                .append(lang.t("交换 A 和 B", "Swap A and B")).append("</a> · <a href=\"/compare\">")
                .append(lang.t("另选文件", "Choose others")).append("</a> · <a class=\"data\" href=\"/api/compare?a=")
                .append(a.id()).append("&amp;b=").append(b.id()).append("\">JSON</a></p>\n");
        if (c.sections().isEmpty()) {
            h.append("<p>").append(lang.t("两份文件都没有可比较的数字。", "Neither document has figures to compare.")).append("</p>\n");
        }
        String zeroBase = c.yearOnYear() ? lang.t("上年为零", "n/a (zero last year)") : lang.t("基数为零", "n/a (zero base)");
        for (Map.Entry<Section, List<Row>> e : c.sections().entrySet()) {
            h.append("<section class=\"compare\" id=\"").append(e.getKey().id()).append("\"><h2>");
            Markup.esc(h, e.getKey().label(lang)).append("</h2>\n<table class=\"grid\"><tr><th>").append(lang.t("项目", "Item"))
                    .append("</th><th>A ").append(a.year()).append("</th><th>B ").append(b.year()).append("</th><th>")
                    .append(lang.t("差额", "Difference")).append("</th><th>").append(lang.t("变化率", "Change")).append("</th></tr>\n");
            for (Row r : e.getValue()) {
                String cls = r.status() == Status.ADDED || r.direction() > 0 ? "up"
                        : r.status() == Status.REMOVED || r.direction() < 0 ? "down" : "";
                h.append("<tr class=\"status-").append(r.status().name()).append("\"><td")
                        .append(r.level() > 0 ? " style=\"padding-left:" + (0.4 + 1.2 * r.level()) + "em\"" : "").append('>');
                Markup.esc(h, lang.t(r.zh(), r.en())).append("</td><td class=\"num\">").append(amount(r.a()))
                        .append("</td><td class=\"num\">").append(amount(r.b())).append("</td><td class=\"num ").append(cls).append("\">");
                switch (r.status()) {
                    case ADDED -> h.append(lang.t("新增", "new"));
                    case REMOVED -> h.append(lang.t("取消", "dropped"));
                    case ONE_SIDED -> h.append("—");
                    case BOTH -> h.append(signed(r.difference().value()));
                }
                h.append("</td><td class=\"num ").append(cls).append("\">");
                if (r.percent() != null) {
                    h.append(signed(r.percent())).append('%');
                } else if (r.fromZero()) {
                    Markup.esc(h, zeroBase);
                } else {
                    h.append("—");
                }
                h.append("</td></tr>\n");
            }
            h.append("</table></section>\n");
        }
        return PageFrame.close(h);
    }

    private static void side(StringBuilder h, String letter, StoredDisclosure d, Lang lang) {
        h.append("<tr><th>").append(letter).append("</th><td><a href=\"/disclosures/").append(d.id()).append("\">");
        Markup.esc(h, describe(d, lang)).append("</a></td></tr>\n");
    }

    /** "江苏省政协办公厅 2019年度预算 第1版" (the region first when it is not in the name). */
    static String describe(StoredDisclosure d, Lang lang) {
        String kind = lang.t(d.kind().label(), d.kind() == DisclosureKind.BUDGET ? "budget" : "final accounts");
        String where = d.unit().startsWith(d.region()) ? "" : d.region() + " ";
        return where + d.unit() + " " + d.year() + lang.t("年度", " ") + kind + lang.t(" 第" + d.version() + "版", ", version " + d.version());
    }

    /** The chooser: two pickers over every stored version, and one-click year-on-year comparisons per unit. */
    static String form(List<StoredDisclosure> all, Long chosen, Lang lang) {
        StringBuilder h = PageFrame.open("比较", "Compare", lang, chosen == null ? "/compare" : "/compare?a=" + chosen);
        h.append("<h1>").append(lang.t("比较", "Compare")).append("</h1>\n");
        if (all.isEmpty()) {
            h.append("<p>").append(lang.t("还没有公开文件可比较。", "No disclosures to compare yet.")).append("</p>\n");
            return PageFrame.close(h);
        }
        h.append("<p>").append(lang.t("选择两份公开文件（同一单位的两个年度，或两个单位），比较收支总计、资金来源、基本支出和项目支出、各科目、“三公”经费和项目。",
                "Choose two disclosures (two years of one unit, or two units) to compare totals, funding sources, basic and"
                        + " project spending, classifications, the three public expenses and projects.")).append("</p>\n");
        StoredDisclosure first = chosen == null ? null : all.stream().filter(d -> d.id() == chosen).findFirst().orElse(null);
        StoredDisclosure previous = first == null ? null : previous(all, first);
        h.append("<form class=\"upload\" method=\"get\" action=\"/compare\">");
        picker(h, "a", "A", all, first == null ? null : previous != null ? previous.id() : first.id(), lang);
        picker(h, "b", "B", all, first == null || previous == null ? null : first.id(), lang);
        h.append("<button type=\"submit\">").append(lang.t("比较", "Compare")).append("</button></form>\n");
        Map<String, List<StoredDisclosure>> units = byUnit(all);
        List<String> lines = new ArrayList<>();
        for (List<StoredDisclosure> versions : units.values()) {
            if (versions.size() < 2) {
                continue;
            }
            StringBuilder l = new StringBuilder("<li><span class=\"unit\">");
            Markup.esc(l, versions.get(0).unit()).append("</span> ");
            for (int i = 1; i < versions.size(); i++) {
                StoredDisclosure p = versions.get(i - 1);
                StoredDisclosure d = versions.get(i);
                l.append(i > 1 ? " · " : "").append("<a href=\"/compare?a=").append(p.id()).append("&amp;b=").append(d.id()).append("\">")
                        .append(d.year()).append(lang.t(" 与上年比较", " vs previous year")).append("</a>");
            }
            lines.add(l.append("</li>\n").toString());
        }
        if (!lines.isEmpty()) {
            h.append("<h2>").append(lang.t("与上年比较", "Compare with the previous year")).append("</h2>\n<ul>\n");
            lines.forEach(h::append);
            h.append("</ul>\n");
        }
        return PageFrame.close(h);
    }

    /** The version of the year before {@code d}'s (the latest version of it) for the same unit and kind, or null. */
    static StoredDisclosure previous(List<StoredDisclosure> all, StoredDisclosure d) {
        List<StoredDisclosure> years = byUnit(all).get(unitKey(d));
        StoredDisclosure before = null;
        for (StoredDisclosure y : years) {
            if (y.year() < d.year()) {
                before = y;
            }
        }
        return before;
    }

    /** Per unit and kind, the latest version of each year, earliest year first. */
    private static Map<String, List<StoredDisclosure>> byUnit(List<StoredDisclosure> all) {
        Map<String, Map<Integer, StoredDisclosure>> latest = new LinkedHashMap<>();
        for (StoredDisclosure d : all) {
            latest.computeIfAbsent(unitKey(d), k -> new TreeMap<>()).merge(d.year(), d, (x, y) -> x.version() >= y.version() ? x : y);
        }
        Map<String, List<StoredDisclosure>> out = new LinkedHashMap<>();
        latest.forEach((k, v) -> out.put(k, new ArrayList<>(v.values())));
        return out;
    }

    private static String unitKey(StoredDisclosure d) {
        return d.province() + "\u0001" + d.region() + "\u0001" + d.department() + "\u0001" + d.unit() + "\u0001" + d.kind();
    }

    private static void picker(StringBuilder h, String name, String letter, List<StoredDisclosure> all, Long selected, Lang lang) {
        h.append("<label>").append(letter).append(' ').append("<select name=\"").append(name).append("\">");
        if (selected == null) {
            h.append("<option value=\"\">").append(lang.t("（请选择）", "(choose)")).append("</option>");
        }
        List<StoredDisclosure> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(StoredDisclosure::unit).thenComparing(StoredDisclosure::year)
                .thenComparing(StoredDisclosure::version));
        for (StoredDisclosure d : sorted) {
            h.append("<option value=\"").append(d.id()).append('"').append(selected != null && selected == d.id() ? " selected" : "").append('>');
            Markup.esc(h, describe(d, lang)).append("</option>");
        }
        h.append("</select></label> ");
    }

    /** An amount rounded half-up to two decimals with grouping, "1,934.61"; "—" for none. */
    static String amount(Money m) {
        return m == null ? "—" : format(m.value());
    }

    /** "+3.81", "−1.87", "0.00". */
    static String signed(BigDecimal v) {
        String s = format(v.abs());
        return v.signum() > 0 ? "+" + s : v.signum() < 0 ? "−" + s : s;
    }

    private static String format(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v.setScale(2, RoundingMode.HALF_UP));
    }
}
