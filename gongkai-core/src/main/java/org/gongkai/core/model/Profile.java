package org.gongkai.core.model;

import java.util.List;

/**
 * 第一部分 概况: the unit's duties, its organisation and its staff.
 * Example: 12 duties, 8 internal offices (办公室、工资股 …), 3 subordinate units, staff 39.
 *
 * @param duties              职责, one entry per numbered duty, numbering removed
 * @param internalOfficeCount the number of internal offices stated ("内设8个职能股室"), null if not stated
 * @param internalOffices     内设机构 as listed
 * @param subordinateUnits    下属单位 as listed
 * @param changes             what the text says changed in the organisation, e.g. "2024年无变动。"
 * @param staffing            人员情况
 * @param text                every paragraph of the part as published, in order
 */
public record Profile(List<String> duties, Integer internalOfficeCount, List<String> internalOffices,
                      List<String> subordinateUnits, List<String> changes, Staffing staffing,
                      List<Paragraph> text) {

    public Profile {
        duties = List.copyOf(duties);
        internalOffices = List.copyOf(internalOffices);
        subordinateUnits = List.copyOf(subordinateUnits);
        changes = List.copyOf(changes);
        text = List.copyOf(text);
    }

    public static Profile empty() {
        return new Profile(List.of(), null, List.of(), List.of(), List.of(), null, List.of());
    }
}
