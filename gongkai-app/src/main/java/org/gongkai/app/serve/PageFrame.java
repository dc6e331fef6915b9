package org.gongkai.app.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.gongkai.core.write.Markup;

/**
 * Every portal page's frame: the head with the site's style, the bar linking the site's pages
 * (首页, 搜索 with its box, 比较, 购买服务目录, 检查规则, API) and the language switch; then the page's
 * own content; then {@link #close}. Everything a page prints goes through {@link Markup#esc}.
 * Example: {@code PageFrame.open("搜索", "Search", lang, "/search?q=就业")} … {@code PageFrame.close(b)}.
 */
final class PageFrame {

    /** The site's style: one sheet for every page, inline so that a page is one request. */
    static final String STYLE = """
            body{font-family:"Noto Sans SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;max-width:68em;margin:0 auto;padding:0 1em 2em;color:#222;line-height:1.5}
            nav.site{display:flex;flex-wrap:wrap;gap:.4em 1.2em;align-items:center;padding:.6em 0;border-bottom:2px solid #b22;margin-bottom:1em}
            nav.site a{color:#222;text-decoration:none}nav.site a.brand{font-weight:700;color:#b22}
            nav.site form{margin-left:auto;display:flex;gap:.3em}nav.site input[type=search]{width:14em}
            a{color:#14a}h2{border-bottom:1px solid #ccc;padding-bottom:.2em}h3{margin-bottom:.3em}
            .counts,.muted{color:#666;font-size:.9em}.unit{font-weight:600}a.data{font-size:.85em}
            form.upload{margin:1em 0;padding:.8em;border:1px solid #ddd;background:#fafafa}.unreadable{color:#a00}
            table.grid,table.findings{border-collapse:collapse;font-size:.9em}
            table.grid td,table.grid th,table.findings td,table.findings th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .up{color:#b22}.down{color:#080}mark{background:#fe8}
            .sev-ERROR{color:#b00;font-weight:600}.sev-WARNING{color:#a60}.sev-INFO{color:#666}
            """;

    private PageFrame() {
    }

    /**
     * Opens a page titled {@code zh} (or {@code en} in English) at {@code path} (the page's own
     * path and query, for the language switch to come back to).
     */
    static StringBuilder open(String zh, String en, Lang lang, String path) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Markup.esc(b, lang.t(zh, en)).append(" · gongkai</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        nav(b, lang, path);
        return b;
    }

    /** The site bar alone, for a page whose head is written elsewhere (the document page). */
    static StringBuilder nav(StringBuilder b, Lang lang, String path) {
        b.append("<nav class=\"site\"><a class=\"brand\" href=\"/\">gongkai ").append(lang.t("预算公开", "Budget disclosure"))
                .append("</a>");
        link(b, "/", lang.t("首页", "Home"));
        link(b, "/compare", lang.t("比较", "Compare"));
        link(b, "/catalogue", lang.t("购买服务目录", "Services catalogue"));
        link(b, "/rules", lang.t("检查规则", "Check rules"));
        link(b, "/api/docs/ui", "API");
        b.append("<a class=\"lang\" href=\"/lang?to=").append(lang.other() == Lang.EN ? "en" : "zh").append("&amp;back=");
        Markup.esc(b, URLEncoder.encode(path == null ? "/" : path, StandardCharsets.UTF_8))
                .append("\">").append(lang == Lang.EN ? "中文" : "English").append("</a>");
        b.append("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"")
                .append(lang.t("搜索单位、项目、文字", "Search units, projects, text")).append("\" aria-label=\"")
                .append(lang.t("搜索", "Search")).append("\"><button type=\"submit\">").append(lang.t("搜索", "Search"))
                .append("</button></form></nav>\n");
        return b;
    }

    /** Ends the page. */
    static String close(StringBuilder b) {
        return b.append("</body>\n</html>\n").toString();
    }

    private static void link(StringBuilder b, String href, String label) {
        b.append("<a href=\"").append(href).append("\">");
        Markup.esc(b, label).append("</a>");
    }
}
