package org.gongkai.app.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.gongkai.app.search.SearchFragment;
import org.gongkai.app.search.SearchHit;
import org.gongkai.app.search.SearchRequest;
import org.gongkai.app.search.SearchResults;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.write.Markup;

/**
 * The search page: the query in its box, how many disclosures were found, each hit (unit, year,
 * kind and version, linked to its page, then where the words are, marked), and links to the other
 * pages; or what kept the query from being searched. Everything printed is escaped; the fragments
 * come escaped from the index; a count that stopped at 1,000 is said as such ("找到 1,000 多份公开文件").
 * Example: "找到 1 份公开文件" · 柳林县人力资源和社会保障局 2024年度预算 第1版 ·
 * 项目：<mark>就业补助资金</mark>-2024年中央<mark>就业补助资金</mark>（柳财社【2024】41号）.
 */
final class SearchPage {

    private SearchPage() {
    }

    static String write(SearchResults r, Lang lang) {
        SearchRequest q = r.request();
        StringBuilder b = PageFrame.open(q.text().isEmpty() ? "搜索" : "搜索：" + q.text(),
                q.text().isEmpty() ? "Search" : "Search: " + q.text(), lang, link(q, q.page()));
        heading(b, q, lang);
        if (r.problem() != null) {
            b.append("<p class=\"problem\">");
            Markup.esc(b, lang.t(r.problem().zh(), r.problem().en())).append("</p>\n");
            return PageFrame.close(b);
        }
        if (r.pending() > 0) {
            b.append("<p class=\"muted\">").append(lang.t("索引正在更新：还有约 " + r.pending() + " 份公开文件尚未加入搜索，结果可能不全。",
                    "The index is being updated: about " + r.pending() + " disclosures are not searchable yet.")).append("</p>\n");
        }
        if (r.total() == 0) {
            b.append("<p class=\"none\">");
            Markup.esc(b, lang.t("没有找到包含“" + q.text() + "”的公开文件。可以换一个词，或只输入单位名称、项目名称的一部分。",
                    "No disclosure contains \u201c" + q.text() + "\u201d. Try another word, or part of a unit's or a project's name.")).append("</p>\n");
            return PageFrame.close(b);
        }
        b.append("<p class=\"count\">");
        if (r.totalExact()) {
            b.append(lang.t("找到 " + r.total() + " 份公开文件", r.total() + " disclosures found"));
            if (r.pages() > 1) {
                b.append(lang.t("（第 " + q.page() + " / " + r.pages() + " 页）", " (page " + q.page() + " of " + r.pages() + ")"));
            }
        } else {
            // counting stopped: the total is a lower bound, and so is the number of pages
            String n = String.format(java.util.Locale.ROOT, "%,d", r.total());
            b.append(lang.t("找到 " + n + " 多份公开文件（第 " + q.page() + " 页）", "More than " + n + " disclosures found (page " + q.page() + ")"));
        }
        b.append("</p>\n");
        if (r.hits().isEmpty()) {
            b.append("<p class=\"none\">").append(lang.t("这一页没有结果。", "Nothing on this page.")).append(" <a href=\"")
                    .append(Markup.esc(link(q, 1))).append("\">").append(lang.t("回到第 1 页", "Back to page 1")).append("</a></p>\n");
            return PageFrame.close(b);
        }
        b.append("<ol class=\"hits\" start=\"").append((q.page() - 1) * q.size() + 1).append("\">\n");
        for (SearchHit h : r.hits()) {
            hit(b, h, lang);
        }
        b.append("</ol>\n");
        pager(b, r, lang);
        return PageFrame.close(b);
    }

    /** The page when the index cannot be read: the query kept, the reason said. */
    static String unavailable(SearchRequest q, Lang lang) {
        StringBuilder b = PageFrame.open("搜索", "Search", lang, link(q, q.page()));
        heading(b, q, lang);
        b.append("<p class=\"problem\">").append(lang.t("搜索暂时不可用（索引或数据库无法读取），请稍后再试。",
                "Search is unavailable for now (the index or the database cannot be read); please try again later.")).append("</p>\n");
        return PageFrame.close(b);
    }

    private static void heading(StringBuilder b, SearchRequest q, Lang lang) {
        b.append("<h1>").append(lang.t("搜索", "Search")).append("</h1>\n")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"");
        Markup.esc(b, q.text()).append("\" size=\"40\" aria-label=\"").append(lang.t("搜索词", "Query")).append("\" placeholder=\"")
                .append(lang.t("单位、项目、情况说明中的文字、科目编码", "Unit, project, words of the explanation, a code"))
                .append("\"> <button type=\"submit\">").append(lang.t("搜索", "Search")).append("</button></form>\n");
    }

    private static void hit(StringBuilder b, SearchHit h, Lang lang) {
        b.append("<li class=\"hit\"><a href=\"/disclosures/").append(h.id()).append("\" class=\"unit\">");
        Markup.esc(b, h.unit()).append("</a> ").append(h.year()).append(lang.t("年度", " "));
        Markup.esc(b, lang.t(h.kind().label(), h.kind() == DisclosureKind.BUDGET ? "budget" : "final accounts"))
                .append(lang.t(" 第" + h.version() + "版", ", version " + h.version()));
        if (!h.latest()) {
            b.append(" <span class=\"muted\">").append(lang.t("（已有更新的版本）", "(a newer version exists)")).append("</span>");
        }
        b.append("<br><span class=\"muted\">");
        Markup.esc(b, h.province().isEmpty() ? h.region() : h.province() + " " + h.region()).append(" · ");
        Markup.esc(b, h.department()).append("</span>\n");
        if (!h.fragments().isEmpty()) {
            b.append("<dl class=\"fragments\">");
            for (SearchFragment f : h.fragments()) {
                b.append("<dt>");
                Markup.esc(b, lang.t(f.part().zh(), f.part().en())).append("</dt><dd>")
                        // escaped by the index, matches in <mark>
                        .append(f.html()).append("</dd>");
            }
            b.append("</dl>");
        }
        b.append("</li>\n");
    }

    private static void pager(StringBuilder b, SearchResults r, Lang lang) {
        int pages = r.pages();
        if (pages <= 1) {
            return;
        }
        SearchRequest q = r.request();
        b.append("<nav class=\"pages\" aria-label=\"").append(lang.t("分页", "Pages")).append("\">");
        if (q.page() > 1) {
            pageLink(b, q, q.page() - 1, lang.t("上一页", "Previous"));
        }
        int from = Math.max(1, q.page() - 4);
        int to = Math.min(pages, from + 9);
        for (int p = from; p <= to; p++) {
            if (p == q.page()) {
                b.append(" <strong>").append(p).append("</strong>");
            } else {
                pageLink(b, q, p, Integer.toString(p));
            }
        }
        if (q.page() < pages || !r.totalExact() && q.page() < SearchRequest.MAX_DEPTH / q.size()) {
            pageLink(b, q, q.page() + 1, lang.t("下一页", "Next"));
        }
        b.append("</nav>\n");
    }

    private static void pageLink(StringBuilder b, SearchRequest q, int page, String label) {
        b.append(" <a href=\"");
        Markup.esc(b, link(q, page)).append("\">");
        Markup.esc(b, label).append("</a>");
    }

    /** The page's own address: "/search?q=%E5%B0%B1%E4%B8%9A&page=2". */
    static String link(SearchRequest q, int page) {
        StringBuilder s = new StringBuilder("/search?q=").append(URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        if (page > 1) {
            s.append("&page=").append(page);
        }
        if (q.allVersions()) {
            s.append("&all=1");
        }
        return s.toString();
    }
}
