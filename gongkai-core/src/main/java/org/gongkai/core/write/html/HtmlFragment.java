package org.gongkai.core.write.html;

import java.util.List;

import org.gongkai.core.write.chart.Chart;

/**
 * A disclosure written for a place inside a site's own page ({@link HtmlWriter#fragment}): the
 * document's markup without {@code <html>}, {@code <head>} or {@code <body>}, the CSS it needs, and
 * the charts it draws, in the order of their figures.
 * Example: the reference document's fragment is one {@code <article class="document">} with
 * {@code <figure class="chart" id="chart-1">} (收入预算图) to {@code id="chart-3"} (三公经费分布图), and
 * {@code charts()} holds those three charts in that order.
 *
 * @param body   one {@code <article class="document">} element, every text escaped, charts as inline SVG
 * @param css    the style for the site's head; it styles the article and what is in it, not the page's body
 * @param charts the charts drawn, {@code charts.get(i)} in {@code <figure id="chart-(i+1)">}
 */
public record HtmlFragment(String body, String css, List<Chart> charts) {

    public HtmlFragment {
        charts = List.copyOf(charts);
    }
}
