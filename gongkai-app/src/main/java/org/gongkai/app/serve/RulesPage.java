package org.gongkai.app.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.app.store.PortalQueries.RuleCount;
import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleCatalog;
import org.gongkai.core.check.RuleFamily;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.write.Markup;

/**
 * The rule catalogue as a page: the same declarations docs/rules.md is generated from
 * ({@link RuleCatalog#markdown()} reads each rule's {@link RuleSpec}), grouped by {@link RuleFamily}
 * in the same way, each rule with its ID, title, severity, category, what it checks, its message
 * template, and how many findings it gave in how many stored disclosures. The rules' own words stay
 * Chinese; the page's labels follow the reader's language. Everything printed is escaped.
 * Example: "TBL-001 行合计等于各分项之和 错误 准确性 … 3 处（1 份文件）".
 */
final class RulesPage {

    private RulesPage() {
    }

    static String write(List<Rule> rules, Map<String, RuleCount> counts, Lang lang) {
        StringBuilder h = PageFrame.open("检查规则", "Check rules", lang, "/rules");
        h.append("<h1>").append(lang.t("检查规则", "Check rules")).append("</h1>\n<p>")
                .append(lang.t("导入的每份公开文件都用下列 " + rules.size() + " 条规则检查。严重程度：错误（阻止发布）、警告（发布前应查看）、提示（仅供参考，如四舍五入造成的差额）。"
                                + "“触发”是已入库文件中该规则报告的问题数和涉及的文件数。",
                        "Every imported disclosure is checked with these " + rules.size() + " rules. Severity: error (blocks publication),"
                                + " warning (look before publishing), note (for information, e.g. a rounding difference). “Fired” counts the"
                                + " findings each rule gave in the stored disclosures, and in how many of them."))
                .append("</p>\n<ul class=\"families\">");
        for (RuleFamily f : RuleFamily.values()) {
            long n = rules.stream().filter(r -> inFamily(r, f)).count();
            h.append("<li><a href=\"#family-").append(f.name().toLowerCase(Locale.ROOT)).append("\">").append(f.name()).append(' ');
            Markup.esc(h, f.label()).append("</a>（").append(n).append("）</li>");
        }
        h.append("</ul>\n");
        for (RuleFamily f : RuleFamily.values()) {
            section(h, f.name(), f.label(), rules.stream().filter(r -> inFamily(r, f)).toList(), counts, lang);
        }
        // a rule of a family the catalogue does not know yet is still listed
        section(h, "OTHER", lang.t("其他", "Other"), rules.stream()
                .filter(r -> Arrays.stream(RuleFamily.values()).noneMatch(f -> inFamily(r, f))).toList(), counts, lang);
        return PageFrame.close(h);
    }

    private static void section(StringBuilder h, String family, String label, List<Rule> of, Map<String, RuleCount> counts, Lang lang) {
        if (of.isEmpty()) {
            return;
        }
        h.append("<section class=\"family\" id=\"family-").append(family.toLowerCase(Locale.ROOT)).append("\"><h2>")
                .append(family).append(' ');
        Markup.esc(h, label).append(lang.t("（" + of.size() + "条）", " (" + of.size() + " rules)")).append("</h2>\n");
        h.append("<table class=\"grid rules\"><tr><th>").append(lang.t("编号", "ID")).append("</th><th>")
                .append(lang.t("规则", "Rule")).append("</th><th>").append(lang.t("严重程度", "Severity")).append("</th><th>")
                .append(lang.t("类别", "Category")).append("</th><th>").append(lang.t("检查内容", "What it checks")).append("</th><th>")
                .append(lang.t("触发", "Fired")).append("</th></tr>\n");
        for (Rule r : of) {
            RuleSpec s = r.spec();
            h.append("<tr id=\"").append(Markup.esc(s.id().toLowerCase(Locale.ROOT))).append("\"><td><code>");
            Markup.esc(h, s.id()).append("</code></td><td>");
            Markup.esc(h, s.title()).append("</td><td class=\"sev-").append(s.severity().name()).append("\">")
                    .append(severity(s.severity(), lang)).append("</td><td>").append(category(s.category(), lang)).append("</td><td>");
            Markup.esc(h, s.description()).append("<br><span class=\"muted\">").append(lang.t("消息模板：", "Message: ")).append("<code>");
            Markup.esc(h, s.message()).append("</code></span></td><td class=\"num\">");
            RuleCount c = counts.get(s.id());
            if (c == null) {
                h.append('0');
            } else {
                h.append(c.findings()).append(lang.t(" 处（" + c.disclosures() + " 份文件）", " (" + c.disclosures() + " documents)"));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private static boolean inFamily(Rule r, RuleFamily f) {
        return f.holds(r.spec().id());
    }

    private static String severity(Severity s, Lang lang) {
        return lang.t(s.label(), switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        });
    }

    private static String category(Category c, Lang lang) {
        return lang.t(c.label(), switch (c) {
            case COMPLETENESS -> "completeness";
            case ACCURACY -> "accuracy";
            case CONSISTENCY -> "consistency";
            case FORMAT -> "form";
        });
    }
}
