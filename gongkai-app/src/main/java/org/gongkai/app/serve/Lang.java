package org.gongkai.app.serve;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's label language: Chinese by default, English labels when the reader switches
 * ({@code ?lang=en}, then kept in the {@code gongkai-lang} cookie by {@link LangController}).
 * Only the site's own words switch: a published document stays as it was published.
 * Example: {@code lang.t("搜索", "Search")} is "搜索" for {@link #ZH}, "Search" for {@link #EN}.
 */
enum Lang {
    ZH("zh-CN"), EN("en");

    /** The cookie that keeps the reader's choice. */
    static final String COOKIE = "gongkai-lang";

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The language a request asks for: its {@code lang} parameter, else its cookie, else Chinese. */
    static Lang of(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    asked = c.getValue();
                }
            }
        }
        return parse(asked);
    }

    /** "en" (any case) is English; anything else, or nothing, is Chinese. */
    static Lang parse(String s) {
        return s != null && s.strip().equalsIgnoreCase("en") ? EN : ZH;
    }

    /** The label in this language. */
    String t(String zh, String en) {
        return this == EN ? en : zh;
    }

    /** The HTML {@code lang} attribute: "zh-CN" or "en". */
    String tag() {
        return tag;
    }

    /** The other language, which the switch offers. */
    Lang other() {
        return this == EN ? ZH : EN;
    }
}
