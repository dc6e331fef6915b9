package org.gongkai.core.check.prose;

import java.math.BigDecimal;

import org.gongkai.core.model.Money;

/**
 * A figure stated in the prose, with what the words around it make of it.
 * Example: "一般公共预算拨款收入1,251.07万元" is an AMOUNT named 一般公共预算拨款收入, 1251.07 万元;
 * "比上年减少642.41万元" a CHANGE of −642.41 against the year before; "下降24.93%" a CHANGE_PERCENT.
 *
 * @param kind        what the figure is
 * @param name        for an AMOUNT, the name before it with noise removed (year, unit name, 其中 …)
 * @param year        the year the words give it (2023 in "2023年…"), 0 when none
 * @param money       for an AMOUNT or CHANGE, the amount (万元, or 元); for a CHANGE, negative when it fell
 * @param percent     for a SHARE or CHANGE_PERCENT, the figure before the % sign
 * @param direction   for a CHANGE or CHANGE_PERCENT, +1 (增加/增长), −1 (减少/下降), 0 (相同/持平)
 * @param against     for a CHANGE, the year compared with ("上年" as the year before), 0 when not said
 * @param text        the words as printed, e.g. "比上年减少642.41万元"
 * @param start       offset in the paragraph
 * @param end         offset after it
 * @param paragraph   which paragraph of the section list (index into ProseText.paragraphs())
 */
public record Mention(Kind kind, String name, int year, Money money, BigDecimal percent, int direction, int against,
                      String text, int start, int end, int paragraph) {

    /** What a stated figure is. */
    public enum Kind {
        /** A named amount: 基本支出232.90万元. */
        AMOUNT,
        /** A change against another year: 比上年减少701.13万元. */
        CHANGE,
        /** A share: 占64.67%. */
        SHARE,
        /** A change in per cent: 下降35.91%, 减少比例66%. */
        CHANGE_PERCENT,
        /** A share printed without its % sign: 占12.04；. */
        SHARE_WITHOUT_PERCENT,
        /** "与上年相同", "持平": no change. */
        NO_CHANGE
    }
}
