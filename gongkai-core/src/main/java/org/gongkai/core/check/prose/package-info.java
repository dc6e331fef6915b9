/**
 * PROSE rules: every amount, share, change, direction and stated prior-year figure of 情况说明,
 * found by {@link org.gongkai.core.check.prose.ProseText} and tied together by
 * {@link org.gongkai.core.check.prose.Statements}, recomputed from the tables or from the figures
 * the text itself states.
 */
package org.gongkai.core.check.prose;
