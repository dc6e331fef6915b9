package org.gongkai.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 国有资产占有使用情况: vehicles by use, office floor area, costly equipment. Unstated figures are null.
 * Example: as of 2023-12-31, 1 vehicle authorised and 1 held (其他公务用车 1), 200 平方米 of offices,
 * no general equipment above 50万元 or 100万元.
 *
 * @param asOf                 the date the figures are stated for (截至…)
 * @param vehiclesAuthorised   公务用车编制 (辆)
 * @param vehiclesHeld         实有 (辆)
 * @param vehiclesByUse        by use: 领导用车, 机要通信用车 …
 * @param officeArea           办公用房建筑总面积 in 平方米
 * @param equipmentOver500k    通用设备 worth 50万元 or more (台/套)
 * @param equipmentOver1m      通用设备 worth 100万元 or more (台/套)
 * @param text                 the paragraphs as published
 */
public record StateAssets(LocalDate asOf, Integer vehiclesAuthorised, Integer vehiclesHeld,
                          List<VehicleCount> vehiclesByUse, BigDecimal officeArea,
                          Integer equipmentOver500k, Integer equipmentOver1m, List<Paragraph> text) {

    public StateAssets {
        vehiclesByUse = List.copyOf(vehiclesByUse);
        text = List.copyOf(text);
    }
}
