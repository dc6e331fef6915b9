/**
 * Writing a disclosure out. For now the open-data JSON of
 * {@link org.gongkai.core.write.DisclosureJsonWriter} (format "gongkai-disclosure", documented in
 * {@code docs/open-data-format.md}); HTML, PDF, Word and Excel follow.
 */
package org.gongkai.core.write;
