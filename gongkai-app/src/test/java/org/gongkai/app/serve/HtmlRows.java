package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test support: the HTML table row of a page whose first cell is a given label. */
final class HtmlRows {

    private HtmlRows() {
    }

    static String of(String page, String label) {
        Matcher m = Pattern.compile("<tr[^>]*><td[^>]*>" + Pattern.quote(label) + "</td>.*?</tr>").matcher(page);
        assertThat(m.find()).as("row " + label).isTrue();
        return m.group();
    }
}
