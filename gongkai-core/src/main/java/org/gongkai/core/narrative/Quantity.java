package org.gongkai.core.narrative;

import java.util.List;

/**
 * A budget quantity 情况说明 states and compares with last year, with the name it is written under
 * and the other names a published text uses for it. Example: {@code BASIC_SPENDING}, 基本支出,
 * 232.90 万元 in the reference document (表三 合计 基本支出).
 */
public enum Quantity {
    /** 预算收入总计 (income total, carry-over included). Example: 1,934.61 万元. */
    INCOME_TOTAL("收入总计", "预算收入总计", "收入总计", "预算收入", "收入预算总计"),
    /** 本年收入 (this year's income). Example: 1,251.07 万元. */
    CURRENT_INCOME("本年收入", "本年收入合计", "本年收入"),
    /** 上年结转 (carry-over). Example: 683.55 万元. */
    CARRY_OVER("上年结转", "上年结转收入", "上年结转"),
    /** 支出总计 (spending total). Example: 1,934.61 万元. */
    SPENDING_TOTAL("支出总计", "单位预算支出总计", "预算支出总计", "支出预算总计", "支出总计", "支出预算"),
    /** 一般公共预算拨款收入 (general public budget income). Example: 1,251.07 万元. */
    GENERAL_BUDGET_INCOME("一般公共预算拨款收入", "一般公共预算拨款收入"),
    /** 财政拨款收支总预算 (fiscal appropriation total). Example: 1,934.61 万元. */
    FISCAL_APPROPRIATION("财政拨款收支总预算", "财政拨款收支总预算", "财政拨款收支预算总额"),
    /** 一般公共预算当年拨款 (this year's general public budget spending). Example: 1,251.07 万元. */
    GENERAL_BUDGET_CURRENT("一般公共预算当年支出", "一般公共预算当年支出", "一般公共预算当年拨款", "一般公共预算支出"),
    /** 基本支出 (basic spending). Example: 232.90 万元. */
    BASIC_SPENDING("基本支出", "一般公共预算安排基本支出", "一般公共预算基本支出", "基本支出"),
    /** 项目支出 (project spending). Example: 1,701.71 万元. */
    PROJECT_SPENDING("项目支出", "项目支出"),
    /** 人员经费 (personnel spending). Example: 211.71 万元. */
    PERSONNEL_SPENDING("人员经费", "人员经费"),
    /** 公用经费 (public operating spending). Example: 21.19 万元. */
    PUBLIC_SPENDING("公用经费", "公用经费"),
    /** "三公"经费 (the three public expenses). Example: 3.10 万元. */
    THREE_PUBLIC("“三公”经费", "“三公”经费预算", "“三公”经费", "三公经费预算", "三公经费"),
    /** 因公出国（境）费 (official travel abroad). Example: 0 万元. */
    TRAVEL_ABROAD("因公出国（境）费", "因公出国（境）费", "因公出国（境）费用"),
    /** 公务接待费 (official reception). Example: 0.10 万元. */
    RECEPTION("公务接待费", "公务接待费"),
    /** 公务用车购置及运行费 (official vehicles, bought and run). Example: 3.00 万元. */
    VEHICLES("公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行维护费"),
    /** 公务用车购置费 (official vehicles bought). Example: 0 万元. */
    VEHICLE_PURCHASE("公务用车购置费", "公务用车购置费"),
    /** 公务用车运行维护费 (official vehicles run). Example: 3.00 万元. */
    VEHICLE_OPERATION("公务用车运行维护费", "公务用车运行维护费", "公务用车运行费"),
    /** 机关运行经费 (administrative operating costs). Example: 21.19 万元. */
    OPERATING_COSTS("机关运行经费", "机关运行经费财政拨款预算", "机关运行经费预算", "机关运行经费"),
    /** 政府采购预算总额 (government procurement). Example: 605.89 万元. */
    PROCUREMENT("政府采购预算", "政府采购预算总额", "政府采购预算");

    private final String label;
    private final List<String> names;

    Quantity(String label, String... names) {
        this.label = label;
        this.names = List.of(names);
    }

    /** The name the writer uses, e.g. "基本支出". */
    public String label() {
        return label;
    }

    /** The names a published text writes it under, longest first where one ends another. */
    public List<String> names() {
        return names;
    }

    /**
     * The quantity a name in a published text stands for: the one with the longest name the
     * words end with ("财政拨款安排的“三公”经费预算" is THREE_PUBLIC), or null.
     */
    public static Quantity named(String words) {
        if (words == null) {
            return null;
        }
        String w = normal(words);
        Quantity best = null;
        int bestLength = 0;
        for (Quantity q : values()) {
            for (String n : q.names) {
                String nn = normal(n);
                if (w.endsWith(nn) && nn.length() > bestLength) {
                    best = q;
                    bestLength = nn.length();
                }
            }
        }
        return best;
    }

    static String normal(String s) {
        return s.replace(" ", "").replace('(', '（').replace(')', '）').replace('"', '“');
    }
}
