package org.gongkai.core.check;

/**
 * How much a finding matters. An {@code ERROR} blocks publication; a {@code WARNING} asks for a
 * look; an {@code INFO} says something worth knowing, such as a difference rounding explains.
 */
public enum Severity {
    /** 错误: blocks publication. */
    ERROR("错误"),
    /** 警告: should be looked at before publishing. */
    WARNING("警告"),
    /** 提示: for information, e.g. a difference within rounding. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
