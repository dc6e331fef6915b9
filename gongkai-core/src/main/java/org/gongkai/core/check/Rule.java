package org.gongkai.core.check;

import org.gongkai.core.model.Disclosure;

/**
 * A check of one kind of mistake, in any document. Each rule is a small class declared with
 * {@link RuleSpec}; it reads the disclosure and reports through its {@link RuleRun}: findings,
 * or that it does not apply (naming the condition), or that it could not run (naming why).
 */
public interface Rule {

    void check(Disclosure disclosure, RuleRun run);

    /** The rule's declaration. */
    default RuleSpec spec() {
        RuleSpec s = getClass().getAnnotation(RuleSpec.class);
        if (s == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleSpec");
        }
        return s;
    }
}
