/**
 * A disclosure as plain text, laid out as published text files are (the reference document's
 * form): parts and headings on lines of their own, table cells separated by tabs, a blank line
 * between blocks. gongkai reads this form back into the same facts, tables and text
 * ({@link org.gongkai.core.write.text.DisclosureTextWriter}).
 */
package org.gongkai.core.write.text;
