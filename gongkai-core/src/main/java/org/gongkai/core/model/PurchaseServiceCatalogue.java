package org.gongkai.core.model;

import java.util.List;

/**
 * 政府购买服务指导性目录 attached to the disclosure: the cover letters and the catalogue by department.
 * Example: 山西省部门政府购买服务指导性目录, 3 cover letters, 49 departments, 1,835 items.
 *
 * @param reference       what 其他说明 says the unit follows, e.g. "按照2023年采购目录（柳财综（2023）482号、晋财综【2023】43号）"
 * @param title           the catalogue's title as printed
 * @param coverDocuments  the letters, outermost first
 * @param departments     the catalogue by department
 */
public record PurchaseServiceCatalogue(String reference, String title, List<CoverDocument> coverDocuments,
                                       List<CatalogueDepartment> departments) {

    public PurchaseServiceCatalogue {
        coverDocuments = List.copyOf(coverDocuments);
        departments = List.copyOf(departments);
    }

    public int itemCount() {
        return departments.stream().mapToInt(d -> d.items().size()).sum();
    }
}
