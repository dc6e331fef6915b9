package org.gongkai.app.search;

/**
 * A part of a disclosure the search looks in, with its label for a hit's fragment and its weight in
 * the ranking (a match in the unit's name counts more than one in the 情况说明).
 * Example: {@code PROJECT} is 项目, the names of the projects in the 绩效目标表 and the project tables,
 * such as 就业补助资金-2024年中央就业补助资金（柳财社【2024】41号）.
 */
public enum SearchPart {
    UNIT("unit", "单位", "Unit", 4f, 1),
    DEPARTMENT("department", "主管部门", "Department", 2f, 1),
    REGION("region", "地区", "Region", 1.5f, 1),
    TITLE("title", "标题", "Title", 2f, 1),
    PROJECT("project", "项目", "Projects", 2f, 2),
    CLASSIFICATION("classification", "科目", "Classification", 1.5f, 2),
    NARRATIVE("narrative", "情况说明", "Explanation", 1f, 2),
    PROFILE("profile", "概况", "Profile", 1f, 1);

    private final String field;
    private final String zh;
    private final String en;
    private final float boost;
    private final int passages;

    SearchPart(String field, String zh, String en, float boost, int passages) {
        this.field = field;
        this.zh = zh;
        this.en = en;
        this.boost = boost;
        this.passages = passages;
    }

    /** The label in Chinese, e.g. 情况说明. */
    public String zh() {
        return zh;
    }

    /** The label in English, e.g. Explanation. */
    public String en() {
        return en;
    }

    /** The field of character pairs, stored with offsets: what is shown and highlighted. */
    String exactField() {
        return field + "_x";
    }

    float boost() {
        return boost;
    }

    /** How many passages a hit's fragment of this part shows at most. */
    int passages() {
        return passages;
    }
}
