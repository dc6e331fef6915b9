/**
 * Checking a disclosure: the rule engine. A {@link org.gongkai.core.check.Rule} is one small
 * class declared with {@link org.gongkai.core.check.RuleSpec} (ID, severity, category, Chinese
 * message with named placeholders); the {@link org.gongkai.core.check.Checker} runs every rule of
 * the {@link org.gongkai.core.check.RuleCatalog} and returns a
 * {@link org.gongkai.core.check.CheckReport}: the findings and the obligations ledger, where a
 * rule that did not run says why and is never counted as passed. Rules live in sub-packages by
 * family: {@code table} (TBL), {@code prose} (PROSE), {@code target} (PERF), {@code catalogue}
 * (CAT), {@code document} (DOC). On two processors a check runs the PROSE and DOC rules beside the
 * others, on two threads: an object rules of both halves share ({@code RuleRun.shared}) must not
 * change once made, or must be safe to change from both.
 */
package org.gongkai.core.check;
