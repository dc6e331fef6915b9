package org.gongkai.core.workbook;

import java.util.List;

/**
 * One item of a list sheet (单位概况, 政府采购, 国有资产, 说明): a row whose first cell names the
 * item and whose value cell holds it. A repeatable item may have as many rows as the unit needs
 * (职责, 内设机构 …). Example: {@code 单位名称}, TEXT, required; {@code 职责}, TEXT, repeatable.
 *
 * @param label      the item's name in the first column, e.g. "单位名称"
 * @param kind       what its value holds
 * @param required   true when the workbook must give it
 * @param repeatable true when it may take several rows
 * @param choices    the values accepted for a {@link ColumnKind#CHOICE}
 * @param comment    the comment on the item's name cell, or null
 */
public record InputField(String label, ColumnKind kind, boolean required, boolean repeatable, List<String> choices,
                         String comment) {

    public InputField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static InputField of(String label, ColumnKind kind) {
        return new InputField(label, kind, false, false, List.of(), null);
    }

    static InputField choice(String label, String... values) {
        return new InputField(label, ColumnKind.CHOICE, false, false, List.of(values), null);
    }

    InputField asRequired() {
        return new InputField(label, kind, true, repeatable, choices, comment);
    }

    InputField asRepeatable() {
        return new InputField(label, kind, required, true, choices, comment);
    }

    InputField comment(String c) {
        return new InputField(label, kind, required, repeatable, choices, c);
    }
}
