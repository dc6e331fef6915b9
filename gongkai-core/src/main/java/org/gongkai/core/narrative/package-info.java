/**
 * Writing 情况说明 (第三部分) from the facts: every amount, share and change in the text is computed
 * from the published tables and from last year's figures the unit supplies, never typed by hand.
 *
 * <p>{@link org.gongkai.core.narrative.NarrativeWriter} takes a {@link org.gongkai.core.model.Disclosure}
 * (its tables and facts) and the unit's {@link org.gongkai.core.narrative.UnitStatements} (last year's
 * figures, {@link org.gongkai.core.narrative.PriorYear}; the reasons for changes,
 * {@link org.gongkai.core.narrative.ChangeReasons}; free notes) and returns a
 * {@link org.gongkai.core.model.Narrative} in the template's section order. A change is always
 * against the year before, with its direction word (增加/减少, 增长/下降) and a percentage rounded
 * half-up to two decimals; "与上年持平" only when the figures are equal. Whatever the unit has not
 * supplied becomes a visible {@link org.gongkai.core.narrative.Placeholder} ("【待补充：2023年基本支出】"),
 * never a guess, and rule PROSE-014 keeps a draft with one from passing the check.
 *
 * <p>{@link org.gongkai.core.narrative.UnitStatementsReader} takes those inputs from a published
 * document's own prose, so a published 情况说明 can be regenerated and compared with what was written.
 */
package org.gongkai.core.narrative;
