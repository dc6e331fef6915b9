package org.gongkai.app.search;

/**
 * Why a query was not searched, with what to tell the reader. A problem is an answer, never an
 * exception. Example: {@code TOO_LONG} for a query of 101 characters: "搜索词太长…".
 */
public enum SearchProblem {
    /** Nothing asked. */
    EMPTY("请输入要搜索的单位、项目或文字。", "Enter a unit, a project or words to search for."),
    /** Longer than {@link SearchRequest#MAX_LENGTH}. */
    TOO_LONG("搜索词太长：最多 " + SearchRequest.MAX_LENGTH + " 个字符，请缩短后再搜索。",
            "The query is too long: at most " + SearchRequest.MAX_LENGTH + " characters."),
    /** Only punctuation or symbols: no word to look for. */
    NO_WORDS("搜索词中没有可搜索的文字或数字（只有标点或符号）。", "The query has no letters, characters or digits to search for.");

    private final String zh;
    private final String en;

    SearchProblem(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The message in Chinese. */
    public String zh() {
        return zh;
    }

    /** The message in English. */
    public String en() {
        return en;
    }
}
