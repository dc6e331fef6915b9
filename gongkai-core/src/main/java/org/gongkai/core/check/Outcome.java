package org.gongkai.core.check;

/**
 * What became of a rule on a document, for the obligations ledger: it ran, it did not apply
 * (its condition is not met), or it could not run (something it needs is missing). A rule that
 * did not run is never counted as passed.
 */
public enum Outcome {
    /** 已检查. */
    RAN("已检查"),
    /** 不适用. */
    NOT_APPLICABLE("不适用"),
    /** 无法检查. */
    COULD_NOT_RUN("无法检查");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
