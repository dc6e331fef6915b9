package org.gongkai.app.serve;

import org.gongkai.app.store.StoredDisclosure;

/**
 * One disclosure version as {@code GET /api/disclosures} lists it.
 * Example: {@code {"id":1,"region":"柳林县","department":"柳林县人力资源和社会保障局","unit":"柳林县人力资源和社会保障局",
 * "year":2024,"kind":"BUDGET","version":1,"errors":22,"warnings":54,"notes":32,"href":"/api/disclosures/1"}}.
 *
 * @param id         the version's id
 * @param province   the province, "" when unknown
 * @param region     行政区划
 * @param department 主管部门
 * @param unit       单位
 * @param year       fiscal year
 * @param kind       BUDGET (预算) or FINAL_ACCOUNTS (决算)
 * @param version    1, 2, … for the same unit, year and kind
 * @param errors     错误 found by the check
 * @param warnings   警告
 * @param notes      提示
 * @param sha256     the original file's SHA-256
 * @param href       the whole disclosure as open data
 */
record DisclosureItem(long id, String province, String region, String department, String unit, int year, String kind,
                      int version, int errors, int warnings, int notes, String sha256, String href) {

    static DisclosureItem of(StoredDisclosure d) {
        return new DisclosureItem(d.id(), d.province(), d.region(), d.department(), d.unit(), d.year(), d.kind().name(),
                d.version(), d.errors(), d.warnings(), d.notes(), d.sha256(), "/api/disclosures/" + d.id());
    }
}
