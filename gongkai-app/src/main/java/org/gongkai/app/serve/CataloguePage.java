package org.gongkai.app.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.app.store.PortalQueries.CatalogueSummary;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.gongkai.core.write.Markup;
import org.gongkai.core.write.html.HtmlWriter;

/**
 * The 政府购买服务指导性目录 page: a picker over the stored versions that carry one, the search box,
 * and either the matches of {@code q} (code or name, substring, case ignored in codes; each with its
 * department, the matched text in {@code <mark>}) or the whole catalogue as a tree, department by
 * department, 一级 to 四级 in nested {@code <details>}. Everything printed is escaped.
 * Example: {@code ?q=妇女} gives "找到 3 项" with "A030101 <mark>妇女</mark>就业服务" under 妇女联合会.
 */
final class CataloguePage {

    /**
     * A stored version with a catalogue. Example: the reference document, 49 departments, 1835 items.
     *
     * @param disclosure the version
     * @param summary    its catalogue in numbers
     */
    record Available(StoredDisclosure disclosure, CatalogueSummary summary) {
    }

    /** One item with the items printed under it. */
    private record Node(CatalogueItem item, List<Node> children) {
    }

    private static final String[] LEVELS = {"", "一级", "二级", "三级", "四级"};

    private CataloguePage() {
    }

    static String write(List<Available> available, StoredDisclosure chosen, PurchaseServiceCatalogue catalogue, String q, Lang lang) {
        String query = q == null ? "" : q.strip();
        StringBuilder path = new StringBuilder("/catalogue");
        if (chosen != null) {
            path.append("?d=").append(chosen.id());
        }
        if (!query.isEmpty()) {
            path.append(chosen != null ? "&" : "?").append("q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        StringBuilder h = PageFrame.open("政府购买服务指导性目录", "Government services purchase catalogue", lang, path.toString());
        h.append("<h1>").append(lang.t("政府购买服务指导性目录", "Government services purchase catalogue")).append("</h1>\n");
        if (available.isEmpty() && chosen == null) {
            h.append("<p>").append(lang.t("已入库的公开文件都没有附政府购买服务指导性目录。导入附有目录的预算公开文件后，目录会在这里列出，并可按编码或名称搜索。",
                    "None of the stored disclosures carries a services purchase catalogue. Once one that does is imported, its"
                            + " catalogue is listed here and can be searched by code or name.")).append("</p>\n");
            return PageFrame.close(h);
        }
        form(h, available, chosen, query, lang);
        if (catalogue == null) {
            h.append("<p>");
            Markup.esc(h, lang.t(ComparePage.describe(chosen, lang) + " 没有附政府购买服务指导性目录。",
                    ComparePage.describe(chosen, lang) + " carries no services purchase catalogue.")).append("</p>\n");
            return PageFrame.close(h);
        }
        h.append("<p><a href=\"/disclosures/").append(chosen.id()).append("\">");
        Markup.esc(h, ComparePage.describe(chosen, lang)).append("</a>：");
        Markup.esc(h, HtmlWriter.catalogueTitle(catalogue)).append(lang.t("，", ", "))
                .append(catalogue.departments().size()).append(lang.t(" 个部门，", " departments, "))
                .append(catalogue.itemCount()).append(lang.t(" 项。", " items.")).append("</p>\n");
        if (catalogue.reference() != null && !catalogue.reference().isBlank()) {
            h.append("<p class=\"muted\">");
            Markup.esc(h, catalogue.reference()).append("</p>\n");
        }
        if (!query.isEmpty()) {
            matches(h, catalogue, query, lang);
        } else {
            tree(h, catalogue, lang);
        }
        return PageFrame.close(h);
    }

    private static void form(StringBuilder h, List<Available> available, StoredDisclosure chosen, String query, Lang lang) {
        h.append("<form class=\"upload\" method=\"get\" action=\"/catalogue\">");
        if (!available.isEmpty()) {
            h.append("<label>").append(lang.t("文件 ", "Document ")).append("<select name=\"d\">");
            for (Available a : available) {
                StoredDisclosure d = a.disclosure();
                h.append("<option value=\"").append(d.id()).append('"').append(chosen != null && chosen.id() == d.id() ? " selected" : "")
                        .append('>');
                Markup.esc(h, ComparePage.describe(d, lang)).append(lang.t("（" + a.summary().items() + " 项）", " (" + a.summary().items() + " items)"))
                        .append("</option>");
            }
            h.append("</select></label> ");
        } else if (chosen != null) {
            h.append("<input type=\"hidden\" name=\"d\" value=\"").append(chosen.id()).append("\">");
        }
        h.append("<label>").append(lang.t("编码或名称 ", "Code or name ")).append("<input type=\"search\" name=\"q\" value=\"");
        Markup.esc(h, query).append("\" placeholder=\"").append(lang.t("如 A0301 或 就业", "e.g. A0301 or 就业")).append("\"></label> ")
                .append("<button type=\"submit\">").append(lang.t("搜索", "Search")).append("</button>");
        if (!query.isEmpty()) {
            h.append(" <a href=\"/catalogue").append(chosen == null ? "" : "?d=" + chosen.id()).append("\">")
                    .append(lang.t("显示全部", "Show all")).append("</a>");
        }
        h.append("</form>\n");
    }

    /** The items whose code or name holds {@code query}, with their departments. */
    private static void matches(StringBuilder h, PurchaseServiceCatalogue catalogue, String query, Lang lang) {
        List<CatalogueItem> items = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (CatalogueDepartment d : catalogue.departments()) {
            for (CatalogueItem i : d.items()) {
                if (find(i.code(), query, 0) >= 0 || find(i.name(), query, 0) >= 0) {
                    items.add(i);
                    departments.add(d.name());
                }
            }
        }
        h.append("<p class=\"matches\">");
        Markup.esc(h, lang.t("“" + query + "”：找到 " + items.size() + " 项。", "“" + query + "”: " + items.size() + " matching items."))
                .append("</p>\n");
        if (items.isEmpty()) {
            return;
        }
        h.append("<table class=\"grid\"><tr><th>").append(lang.t("部门", "Department")).append("</th><th>")
                .append(lang.t("编码", "Code")).append("</th><th>").append(lang.t("名称", "Name")).append("</th><th>")
                .append(lang.t("层级", "Level")).append("</th></tr>\n");
        for (int k = 0; k < items.size(); k++) {
            CatalogueItem i = items.get(k);
            h.append("<tr><td>");
            Markup.esc(h, departments.get(k)).append("</td><td>");
            highlight(h, i.code(), query);
            h.append("</td><td>");
            highlight(h, i.name(), query);
            h.append("</td><td>").append(level(level(i), lang)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Every department's items as a tree, each level collapsible. */
    private static void tree(StringBuilder h, PurchaseServiceCatalogue catalogue, Lang lang) {
        h.append("<div class=\"catalogue\">\n");
        for (CatalogueDepartment d : catalogue.departments()) {
            h.append("<details class=\"department\"><summary>");
            Markup.esc(h, d.name()).append(" <span class=\"counts\">").append(d.items().size()).append(lang.t(" 项", " items"))
                    .append("</span></summary>\n<ul>\n");
            for (Node n : nodes(d.items())) {
                node(h, n, lang);
            }
            h.append("</ul></details>\n");
        }
        h.append("</div>\n");
    }

    private static void node(StringBuilder h, Node n, Lang lang) {
        h.append("<li>");
        if (n.children().isEmpty()) {
            label(h, n.item(), lang);
        } else {
            h.append("<details><summary>");
            label(h, n.item(), lang);
            h.append("</summary><ul>\n");
            for (Node c : n.children()) {
                node(h, c, lang);
            }
            h.append("</ul></details>");
        }
        h.append("</li>\n");
    }

    private static void label(StringBuilder h, CatalogueItem i, Lang lang) {
        h.append("<code>");
        Markup.esc(h, i.code()).append("</code> ");
        Markup.esc(h, i.name()).append(" <span class=\"muted\">").append(level(level(i), lang)).append("</span>");
    }

    /** The department's items nested by level, in printed order: an item goes under the last one of a lower level. */
    private static List<Node> nodes(List<CatalogueItem> items) {
        List<Node> roots = new ArrayList<>();
        Node[] open = new Node[5];
        for (CatalogueItem i : items) {
            int level = Math.max(1, Math.min(4, level(i)));
            Node n = new Node(i, new ArrayList<>());
            Node parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = open[l];
            }
            (parent == null ? roots : parent.children()).add(n);
            open[level] = n;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
        }
        return roots;
    }

    /** The level an item is printed at, else the one its code gives. */
    private static int level(CatalogueItem i) {
        return i.level() > 0 ? i.level() : i.codeLevel();
    }

    private static String level(int level, Lang lang) {
        return level >= 1 && level <= 4 ? lang.t(LEVELS[level], "level " + level) : "";
    }

    /** {@code text} escaped, every occurrence of {@code query} (case ignored) in {@code <mark>}. */
    static void highlight(StringBuilder h, String text, String query) {
        int from = 0;
        int at;
        while ((at = find(text, query, from)) >= 0) {
            Markup.esc(h, text.substring(from, at)).append("<mark>");
            Markup.esc(h, text.substring(at, at + query.length())).append("</mark>");
            from = at + query.length();
        }
        Markup.esc(h, text.substring(from));
    }

    /** Where {@code query} first occurs in {@code text} at or after {@code from}, case ignored; −1 when it does not. */
    private static int find(String text, String query, int from) {
        if (text == null || query.isEmpty()) {
            return -1;
        }
        for (int i = from; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
