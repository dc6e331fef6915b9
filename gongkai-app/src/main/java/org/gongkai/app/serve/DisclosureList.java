package org.gongkai.app.serve;

import java.util.List;

/**
 * One page of {@code GET /api/disclosures} without {@code q}: the versions kept by the filter, in the
 * home page's order, with how many there are in all.
 * Example: {@code {"total":9,"page":1,"size":20,"items":[{"id":1,"unit":"柳林县人力资源和社会保障局",…}]}}.
 *
 * @param total how many versions the filter keeps
 * @param page  this page, from 1
 * @param size  items per page asked (at most 100)
 * @param items this page's versions
 */
record DisclosureList(long total, int page, int size, List<DisclosureItem> items) {
}
