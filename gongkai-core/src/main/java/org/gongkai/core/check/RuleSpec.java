package org.gongkai.core.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's declaration, on the rule's class: its ID (family and number, never reused), the
 * highest severity it reports, its category, a title, the Chinese message with named
 * placeholders ({@code {table}}, {@code {expected}} …) and a description for the catalogue.
 * Example: {@code @RuleSpec(id = "TBL-001", severity = ERROR, category = ACCURACY, …)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleSpec {

    String id();

    Severity severity();

    Category category();

    /** A short Chinese title, e.g. "行合计等于各分项之和". */
    String title();

    /** The message, placeholders in braces, e.g. "{table}“{row}”的{column}为{actual}，分项之和为{expected}". */
    String message();

    /** What the rule checks and when it applies, for docs/rules.md. */
    String description();
}
