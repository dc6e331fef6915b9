/**
 * Writing a disclosure out: the open-data JSON of
 * {@link org.gongkai.core.write.DisclosureJsonWriter} (format "gongkai-disclosure", documented in
 * {@code docs/open-data-format.md}), and what every writer of tables shares
 * ({@link org.gongkai.core.write.HeaderGrid}: a table's headings merged as printed). The formats
 * live in the packages below: {@code html}, {@code chart}, {@code pdf}, {@code word},
 * {@code excel}, {@code opendata}.
 */
package org.gongkai.core.write;
