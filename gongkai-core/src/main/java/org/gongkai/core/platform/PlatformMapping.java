package org.gongkai.core.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.model.MoneyUnit;

/**
 * How one platform export layout maps onto a gongkai template: data read from a YAML file under
 * {@code platform/} (format in {@code docs/platform-import.md}).
 * Example: shanxi-yitihua-2024 fills shanxi-unit-budget-2024; its sheet "2.15单位收支总表"
 * (alias 单位收支总表) is T1, amounts in 元, scaled to the template's 万元.
 *
 * @param id             e.g. "shanxi-yitihua-2024"
 * @param name           e.g. 山西省预算管理一体化系统单位预算报表导出（2024）
 * @param templateId     the template it fills, e.g. "shanxi-unit-budget-2024"
 * @param unit           the unit the export's amounts are in unless a sheet prints its own ("单位：万元")
 * @param unitNameLabels labels printed before the unit's name above a table, e.g. 单位名称, 编制单位
 * @param skip           labels of rows to skip under the header, e.g. 栏次 (numbering rows 1 2 3 … are always skipped)
 * @param sheets         one entry per export sheet that fills a template table
 */
public record PlatformMapping(String id, String name, String templateId, MoneyUnit unit, List<String> unitNameLabels,
                              List<String> skip, List<Sheet> sheets) {

    public PlatformMapping {
        unitNameLabels = List.copyOf(unitNameLabels);
        skip = List.copyOf(skip);
        sheets = List.copyOf(sheets);
    }

    /**
     * One export sheet. Example: T3 from "2.17单位支出总表" (alias 单位支出总表), header found by
     * 科目编码, 2 header rows, block main with code column 科目编码 and name column 科目名称.
     *
     * @param table      the template table it fills, e.g. "T3"
     * @param names      the sheet's names, the first as exported and aliases after it; a numbering prefix
     *                   ("2.17", "03-") is ignored when comparing
     * @param required   true when an export without this sheet cannot be read (收支总表)
     * @param headerFind labels of which one is in the first header row; the first block's key labels when empty
     * @param headerRows how many rows the header has, from the row found
     * @param skip       labels of rows to skip under the header, beside the mapping's
     * @param unit       the sheet's unit when it differs from the mapping's, null otherwise
     * @param blocks     the template blocks and where their columns are
     */
    public record Sheet(String table, List<String> names, boolean required, List<String> headerFind, int headerRows,
                        List<String> skip, MoneyUnit unit, List<Block> blocks) {

        public Sheet {
            names = List.copyOf(names);
            headerFind = List.copyOf(headerFind);
            skip = List.copyOf(skip);
            blocks = List.copyOf(blocks);
        }

        /** The sheet's name as exported, e.g. "2.17单位支出总表". */
        public String sheetName() {
            return names.isEmpty() ? table : names.get(0);
        }
    }

    /**
     * Where one template block sits in the sheet. Labels match the deepest heading over a column;
     * "收入/项目" matches a column headed 项目 under 收入; "{year}" stands for the fiscal year.
     * Example: T1 income {key: [收入/项目], columns: {amount: ["{year}年", 金额]},
     * lines: {general: [一般公共预算拨款收入]}}.
     *
     * @param block   the template block id, e.g. "main", "income"
     * @param key     labels of the column holding the code (CODES), the department economic name
     *                (ECONOMIC_NAMES), the project (PROJECTS) or the row label (LINES …)
     * @param name    labels of the column holding the code's name or the government economic name; empty if none
     * @param columns the template's column ids, each with the labels it is exported under
     * @param lines   the template's fixed line ids, each with the row labels the export uses beside the template's own
     */
    public record Block(String block, List<String> key, List<String> name, Map<String, List<String>> columns,
                        Map<String, List<String>> lines) {

        public Block {
            key = List.copyOf(key);
            name = List.copyOf(name);
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        }
    }

    /** The sheet filling template table {@code table}, if the mapping has one. */
    public Optional<Sheet> sheet(String table) {
        return sheets.stream().filter(s -> s.table().equals(table)).findFirst();
    }
}
