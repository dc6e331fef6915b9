package org.gongkai.app.store;

/**
 * How an import went. Example: importing the reference document a second time is {@link #UNCHANGED}.
 */
public enum ImportOutcome {
    /** 已入库: read, checked and stored as a new version. */
    STORED("已入库"),
    /** 与已有版本相同: the same content was stored before; no new version. */
    UNCHANGED("与已有版本相同"),
    /** 无法读取: the file is kept, but no disclosure could be read from it. */
    UNREADABLE("无法读取"),
    /** 未受理: refused before it reached the store (not a disclosure's type); nothing kept. */
    REFUSED("未受理");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    /** In Chinese, for messages: "已入库". */
    public String label() {
        return label;
    }
}
