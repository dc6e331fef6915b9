package org.gongkai.core.model;

import java.util.List;

/**
 * One department's part of the catalogue. Example: 人力资源和社会保障, with its coded items.
 */
public record CatalogueDepartment(String name, List<CatalogueItem> items, SourcePosition position) {

    public CatalogueDepartment {
        items = List.copyOf(items);
    }
}
