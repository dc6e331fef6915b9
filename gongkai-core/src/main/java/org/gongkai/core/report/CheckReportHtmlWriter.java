package org.gongkai.core.report;

import static org.gongkai.core.write.Markup.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.LedgerEntry;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Outcome;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.TableCell;
import org.gongkai.core.model.TableRow;

/**
 * A check report as one self-contained HTML page ({@code lang="zh-CN"}, inline CSS, no script,
 * no external resource), for reading on screen or printing: the counts at the top, the findings
 * grouped by severity, each shown beside what was published (the table's heading rows and the
 * row it points at with the cell marked, the sentence with the stated figure marked, or the
 * catalogue line), with expected, actual and difference; then the ledger as a table. All text
 * is escaped. Example: PROSE-002 shows the sentence "比2022年相减少了1.87万元，下降比例0.08%；"
 * with "0.08%" marked, 应为 8.11%, 实为 0.08%.
 */
public final class CheckReportHtmlWriter {

    private static final String CSS = """
            :root { --error: #b42318; --error-bg: #fef3f2; --warning: #b54708; --warning-bg: #fffaeb;
                    --info: #175cd3; --info-bg: #eff8ff; --line: #d0d5dd; --muted: #475467; }
            * { box-sizing: border-box; }
            body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
                   color: #101828; margin: 0 auto; max-width: 70rem; padding: 1.5rem; line-height: 1.6; }
            h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
            dl.meta dt { color: var(--muted); }
            dl.meta dd { margin: 0; word-break: break-all; }
            ul.counts { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; margin: 1rem 0; }
            ul.counts li { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; min-width: 8rem; }
            ul.counts li a { color: inherit; text-decoration: none; }
            ul.counts li b { display: block; font-size: 1.8rem; line-height: 1.2; }
            ul.counts li.error b { color: var(--error); } ul.counts li.warning b { color: var(--warning); }
            ul.counts li.info b { color: var(--info); }
            p.conclusion { font-weight: bold; padding: .5rem .75rem; border-left: 4px solid var(--line); }
            p.conclusion.error { border-color: var(--error); background: var(--error-bg); }
            nav a { margin-right: 1rem; }
            ol.findings { list-style: none; padding: 0; margin: 0; }
            li.finding { border: 1px solid var(--line); border-left-width: 4px; border-radius: .25rem;
                         padding: .6rem .9rem; margin: 0 0 .9rem; break-inside: avoid; page-break-inside: avoid; }
            li.finding.error { border-left-color: var(--error); } li.finding.warning { border-left-color: var(--warning); }
            li.finding.info { border-left-color: var(--info); }
            .head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; font-size: .85rem; color: var(--muted); }
            .rule { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-weight: bold; color: #101828; }
            .sev { border-radius: .25rem; padding: 0 .4rem; color: #fff; }
            .error .sev { background: var(--error); } .warning .sev { background: var(--warning); } .info .sev { background: var(--info); }
            p.message { margin: .3rem 0; font-weight: 500; }
            p.where { margin: .2rem 0; color: var(--muted); font-size: .9rem; }
            .excerpt { margin: .5rem 0; overflow-x: auto; }
            .excerpt .caption { font-size: .85rem; color: var(--muted); margin: 0 0 .2rem; }
            .excerpt table { border-collapse: collapse; font-size: .85rem; }
            .excerpt th, .excerpt td { border: 1px solid var(--line); padding: .15rem .45rem; vertical-align: top; }
            .excerpt th { background: #f2f4f7; font-weight: normal; }
            .excerpt td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .excerpt tr.hit td, .excerpt tr.hit th { background: #fffbe6; }
            .excerpt .cell-hit { outline: 2px solid var(--error); outline-offset: -2px; background: #fde2e1 !important; font-weight: bold; }
            blockquote { margin: .5rem 0; padding: .4rem .8rem; background: #f9fafb; border-left: 3px solid var(--line); }
            mark { background: #fde2e1; color: inherit; outline: 1px solid var(--error); padding: 0 .1rem; font-weight: bold; }
            dl.values { display: flex; flex-wrap: wrap; gap: .2rem 1.25rem; margin: .3rem 0 0; font-size: .9rem; }
            dl.values div { display: flex; gap: .35rem; }
            dl.values dt { color: var(--muted); } dl.values dd { margin: 0; font-variant-numeric: tabular-nums; }
            table.ledger { border-collapse: collapse; width: 100%; font-size: .85rem; }
            table.ledger th, table.ledger td { border: 1px solid var(--line); padding: .2rem .45rem; text-align: left; vertical-align: top; }
            table.ledger th { background: #f2f4f7; }
            table.ledger td.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.ledger tr.COULD_NOT_RUN td { background: var(--warning-bg); }
            footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              nav { display: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
              .excerpt { overflow: visible; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?%?");
    private static final Pattern AMOUNT_CELL = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?");

    private CheckReportHtmlWriter() {
    }

    public static String write(Disclosure d, CheckReport r) {
        PublishedRows rows = PublishedRows.of(d);
        StringBuilder b = new StringBuilder(64 * 1024);
        String unit = ReportWording.unit(d);
        String year = ReportWording.year(d);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(ReportWording.TITLE + "：" + unit + " " + year)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");

        header(b, d, r);

        int n = 0;
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            String css = css(s);
            b.append("<section id=\"").append(css).append("\">\n<h2>").append(esc(s.label())).append("（")
                    .append(group.size()).append(" 项）</h2>\n");
            if (group.isEmpty()) {
                b.append("<p>无。</p>\n");
            } else {
                b.append("<ol class=\"findings\">\n");
                for (Finding f : group) {
                    n++;
                    finding(b, d, f, n, rows);
                }
                b.append("</ol>\n");
            }
            b.append("</section>\n");
        }

        ledger(b, r);
        b.append("<footer>由 gongkai 生成。“错误”须改正后才能公开；“警告”请公开前核对；“提示”供参考，例如四舍五入误差之内的差额。</footer>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    // ---------------------------------------------------------------- parts

    private static void header(StringBuilder b, Disclosure d, CheckReport r) {
        b.append("<header>\n<h1>").append(esc(ReportWording.TITLE)).append("</h1>\n<dl class=\"meta\">\n");
        meta(b, "单位", ReportWording.unit(d));
        meta(b, "年度", ReportWording.year(d));
        if (d.metadata() != null && d.metadata().title() != null) {
            meta(b, "标题", d.metadata().title());
        }
        meta(b, "文件", ReportWording.file(d));
        SourceInfo s = d.source();
        if (s != null && s.sha256() != null) {
            meta(b, "SHA-256", s.sha256());
        }
        for (SourceInfo c : d.companions()) {
            meta(b, "报表文件 SHA-256", c.sha256());
        }
        meta(b, "模板", ReportWording.template(d));
        meta(b, "规则", LedgerSummary.of(r.ledger()).describe());
        b.append("</dl>\n<ul class=\"counts\">\n");
        for (Severity sev : Severity.values()) {
            b.append("<li class=\"").append(css(sev)).append("\"><a href=\"#").append(css(sev)).append("\">")
                    .append(esc(sev.label())).append("<b>").append(r.count(sev)).append("</b>项</a></li>\n");
        }
        b.append("</ul>\n<p class=\"conclusion").append(r.hasErrors() ? " error" : "").append("\">结论：")
                .append(esc(ReportWording.conclusion(r))).append("</p>\n");
        b.append("<nav>");
        for (Severity sev : Severity.values()) {
            b.append("<a href=\"#").append(css(sev)).append("\">").append(esc(sev.label())).append("</a>");
        }
        b.append("<a href=\"#ledger\">规则执行情况</a></nav>\n</header>\n");
    }

    private static void meta(StringBuilder b, String label, String value) {
        b.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static void finding(StringBuilder b, Disclosure d, Finding f, int n, PublishedRows rows) {
        Location l = f.location();
        b.append("<li class=\"finding ").append(css(f.severity())).append("\" id=\"f").append(n).append("\">\n");
        b.append("<div class=\"head\"><span class=\"rule\">").append(esc(f.ruleId())).append("</span>")
                .append("<span class=\"sev\">").append(esc(f.severity().label())).append("</span>")
                .append("<span class=\"cat\">").append(esc(f.category().label())).append("</span>")
                .append("<span class=\"n\">#").append(n).append("</span></div>\n");
        b.append("<p class=\"message\">").append(esc(f.message())).append("</p>\n");
        String place = ReportWording.place(d, l);
        if (!place.isEmpty()) {
            b.append("<p class=\"where\">位置：").append(esc(place)).append("</p>\n");
        }
        excerpt(b, f, rows);
        if (f.expected() != null || f.actual() != null || f.difference() != null) {
            b.append("<dl class=\"values\">");
            value(b, "应为", f.expected());
            value(b, "实为", f.actual());
            value(b, "相差", f.difference());
            b.append("</dl>\n");
        }
        b.append("</li>\n");
    }

    private static void value(StringBuilder b, String label, String v) {
        if (v != null) {
            b.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(v.isEmpty() ? "（空）" : esc(v)).append("</dd></div>");
        }
    }

    /** What was published at the finding's place: a sentence, a table row, a catalogue line; nothing when none is known. */
    private static void excerpt(StringBuilder b, Finding f, PublishedRows rows) {
        Location l = f.location();
        SourcePosition p = l.position();
        if (l.sentence() != null && !l.sentence().isBlank()) {
            String text = l.sentence();
            // a 名词解释 finding names the term; the figure is in its definition
            Optional<GlossaryEntry> g = rows.glossaryEntry(p);
            if (g.isPresent() && f.actual() != null && find(text, f.actual(), 0) == null) {
                text = g.get().term() + "：" + g.get().definition();
            }
            b.append("<div class=\"excerpt\"><blockquote>").append(marked(text, f.actual())).append("</blockquote></div>\n");
            return;
        }
        Optional<PublishedRows.TablePlace> table = rows.table(p);
        if (table.isPresent()) {
            PublishedRows.TablePlace place = table.get();
            if (place.row() == null) {
                // the finding points at a form or table as a whole; its row label may still name the row
                place = PublishedRows.labelled(place.table(), l.row())
                        .map(r -> new PublishedRows.TablePlace(table.get().caption(), table.get().table(), r,
                                table.get().table().headerRows().contains(r)))
                        .orElse(place);
            }
            tableExcerpt(b, place, p, f.actual());
            return;
        }
        rows.catalogueLine(p).ifPresent(c -> catalogueExcerpt(b, c, f.actual()));
    }

    private static void tableExcerpt(StringBuilder b, PublishedRows.TablePlace place, SourcePosition p, String actual) {
        List<TableRow> heading = place.table().headerRows();
        int width = place.row() == null ? 0 : place.row().cells().size();
        for (TableRow h : heading) {
            width = Math.max(width, h.cells().size());
        }
        b.append("<div class=\"excerpt\"><p class=\"caption\">")
                .append(place.row() == null ? marked(place.caption(), actual) : esc(place.caption())).append("</p>");
        if (width == 0) {
            b.append("</div>\n");
            return;
        }
        b.append("<table>");
        if (!heading.isEmpty()) {
            b.append("<thead>");
            for (TableRow h : heading) {
                boolean hit = place.header() && h == place.row();
                row(b, h, width, true, hit, hit ? cellIndex(h, p, actual) : -1, actual);
            }
            b.append("</thead>");
        }
        if (place.row() != null && !place.header()) {
            b.append("<tbody>");
            row(b, place.row(), width, false, true, cellIndex(place.row(), p, actual), actual);
            b.append("</tbody>");
        }
        b.append("</table></div>\n");
    }

    /**
     * One printed row. In the row a finding points at, the cell at its position is outlined and
     * the published value is marked: inside that cell when it is there (unless it is the whole
     * cell), else wherever the row prints it.
     */
    private static void row(StringBuilder b, TableRow r, int width, boolean heading, boolean hit, int cell, String actual) {
        b.append(hit ? "<tr class=\"hit\">" : "<tr>");
        String tag = heading ? "th" : "td";
        boolean value = hit && actual != null && !actual.isBlank();
        boolean inCell = value && cell >= 0 && find(r.text(cell), actual, 0) != null;
        for (int i = 0; i < width; i++) {
            String text = r.text(i);
            List<String> classes = new ArrayList<>();
            if (!heading && AMOUNT_CELL.matcher(text).matches()) {
                classes.add("num");
            }
            if (i == cell) {
                classes.add("cell-hit");
            }
            b.append('<').append(tag);
            if (!classes.isEmpty()) {
                b.append(" class=\"").append(String.join(" ", classes)).append('"');
            }
            boolean mark = value && (inCell ? i == cell && !whole(text, actual) : true);
            b.append('>').append(mark ? marked(text, actual) : esc(text)).append("</").append(tag).append('>');
        }
        b.append("</tr>");
    }

    /** True when {@code actual} is all of {@code text} ("2970000" is all of "2,970,000"). */
    private static boolean whole(String text, String actual) {
        int[] span = find(text, actual, 0);
        return span != null && span[0] == 0 && span[1] == text.length();
    }

    /** The cell the finding points at: the one printed at its position, its column, or the one holding the published value. */
    private static int cellIndex(TableRow r, SourcePosition p, String actual) {
        List<TableCell> cells = r.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (p.column() > 0 && p.equals(cells.get(i).position())) {
                return i;
            }
        }
        if (p.column() > 0 && p.column() <= cells.size()) {
            return p.column() - 1;
        }
        if (actual != null && !actual.isEmpty()) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).text().equals(actual)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void catalogueExcerpt(StringBuilder b, PublishedRows.CatalogueLine c, String actual) {
        CatalogueItem item = c.item();
        String level = item.level() > 0 ? ChineseNumerals.of(item.level()) + "级目录" : "—";
        String[] cells = {c.department().name(), item.code(), item.name(), level};
        int hit = 2;
        if (actual != null && !actual.isEmpty()) {
            for (int i = cells.length - 1; i >= 0; i--) {
                if (cells[i] != null && cells[i].contains(actual)) {
                    hit = i;
                }
            }
            for (int i = 0; i < cells.length; i++) {
                if (actual.equals(cells[i])) {
                    hit = i;
                }
            }
        }
        b.append("<div class=\"excerpt\"><p class=\"caption\">政府购买服务指导性目录</p><table><thead><tr>")
                .append("<th>部门</th><th>编码</th><th>名称</th><th>所在列</th></tr></thead><tbody><tr class=\"hit\">");
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i];
            b.append(i == hit ? "<td class=\"cell-hit\">" : "<td>")
                    .append(i == hit && actual != null && !whole(text, actual) ? marked(text, actual) : esc(text)).append("</td>");
        }
        b.append("</tr></tbody></table></div>\n");
    }

    private static void ledger(StringBuilder b, CheckReport r) {
        b.append("<section id=\"ledger\">\n<h2>规则执行情况</h2>\n<p>").append(esc(LedgerSummary.of(r.ledger()).describe()))
                .append("。“").append(esc(Outcome.NOT_APPLICABLE.label())).append("”和“").append(esc(Outcome.COULD_NOT_RUN.label()))
                .append("”的规则未检查，不算通过。</p>\n");
        b.append("<table class=\"ledger\">\n<thead><tr><th>规则</th><th>名称</th><th>结果</th><th>原因</th>")
                .append("<th>错误</th><th>警告</th><th>提示</th></tr></thead>\n<tbody>\n");
        for (LedgerEntry l : r.ledger()) {
            b.append("<tr class=\"").append(l.outcome().name()).append("\"><td class=\"rule\">").append(esc(l.ruleId()))
                    .append("</td><td>").append(esc(l.title())).append("</td><td>").append(esc(l.outcome().label()))
                    .append("</td><td>").append(l.reason() == null ? "" : esc(l.reason()))
                    .append("</td><td class=\"n\">").append(l.errors()).append("</td><td class=\"n\">").append(l.warnings())
                    .append("</td><td class=\"n\">").append(l.infos()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    // ---------------------------------------------------------------- text

    /**
     * {@code text} escaped, with the published value {@code actual} marked where it is found:
     * exactly, or as a figure printed with thousands separators ("1934.61" in "1,934.61万元"). A
     * value quoted with "…" has each of its parts marked, in order.
     */
    static String marked(String text, String actual) {
        if (actual == null || actual.isBlank()) {
            return esc(text);
        }
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (String part : actual.split("…|\\.\\.\\.")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            int[] span = find(text, s, from);
            if (span != null) {
                spans.add(span);
                from = span[1];
            }
        }
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            b.append(esc(text.substring(at, span[0]))).append("<mark>").append(esc(text.substring(span[0], span[1]))).append("</mark>");
            at = span[1];
        }
        return b.append(esc(text.substring(at))).toString();
    }

    private static int[] find(String text, String part, int from) {
        if (NUMBER.matcher(part).matches()) {
            StringBuilder re = new StringBuilder("(?<![0-9.,])");
            String plain = part.replace(",", "");
            for (int i = 0; i < plain.length(); i++) {
                char c = plain.charAt(i);
                if (i > 0 && Character.isDigit(c) && Character.isDigit(plain.charAt(i - 1))) {
                    re.append(",?");
                }
                re.append(Pattern.quote(String.valueOf(c)));
            }
            re.append(plain.endsWith("%") ? "" : "(?![0-9]|\\.[0-9]|,[0-9])");
            Matcher m = Pattern.compile(re.toString()).matcher(text);
            if (m.find(from)) {
                return new int[] {m.start(), m.end()};
            }
            return null;
        }
        int i = text.indexOf(part, from);
        return i < 0 ? null : new int[] {i, i + part.length()};
    }

    private static String css(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }
}
