package org.gongkai.core.check.catalogue;

import org.gongkai.core.check.Location;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;

/** How CAT findings point at a line of the catalogue. */
final class CatalogueLines {

    static final String NONE = "文件未附政府购买服务指导性目录";

    private CatalogueLines() {
    }

    static Location at(CatalogueDepartment d, CatalogueItem i) {
        return Location.cell("政府购买服务指导性目录", d.name() + " " + i.code(), i.name(), i.position());
    }

    /** The level a column name gives: 一级目录 … 四级目录. */
    static String column(int level) {
        return switch (level) {
            case 1 -> "一级目录";
            case 2 -> "二级目录";
            case 3 -> "三级目录";
            case 4 -> "四级目录";
            default -> "（无名称）";
        };
    }
}
