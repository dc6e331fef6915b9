package org.gongkai.app.search;

/**
 * Where in a hit the words were found: the part, and the text around them as escaped HTML with each
 * match in {@code <mark>}; passages far apart are joined by " … ".
 * Example: {@code (PROJECT, "<mark>就业补助资金</mark>-2024年中央<mark>就业补助资金</mark>（柳财社【2024】41号）")}.
 *
 * @param part the part, e.g. 项目
 * @param html escaped HTML, safe to print as it is
 */
public record SearchFragment(SearchPart part, String html) {
}
