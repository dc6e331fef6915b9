package org.gongkai.core.check.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;

/**
 * What the tables call things: for each name the prose uses for a budget quantity (基本支出,
 * 一般公共预算拨款收入, 公务接待费, a 类 such as 社会保障和就业支出), the figures the tables print
 * under that name. A name may stand for several figures (项目支出: all of it in 表三, this year's
 * general budget in 表五); a prose amount under that name must be one of them.
 */
public final class TableQuantities {

    /** A figure the tables print under a name. */
    public record Quantity(String where, Money amount) {
    }

    private final Map<String, List<Quantity>> byName = new LinkedHashMap<>();
    private final Tables tables;

    private TableQuantities(Disclosure d) {
        this.tables = new Tables(d);
    }

    public static TableQuantities of(Disclosure d) {
        TableQuantities q = new TableQuantities(d);
        q.line(d, "T1", "income", "grandTotal", "amount", "预算收入总计", "收入总计", "预算收入", "收入预算", "收入预算总计");
        q.line(d, "T1", "spending", "grandTotal", "total", "支出总计", "预算支出总计", "支出预算", "单位预算支出总计", "支出预算总计");
        q.line(d, "T1", "income", "currentTotal", "amount", "本年收入", "本年收入合计", "当年收入", "当年拨款收入");
        q.line(d, "T1", "spending", "currentTotal", "current", "本年预算安排", "当年预算安排");
        q.line(d, "T1", "income", "carryOver", "amount", "上年结转", "上年结转收入", "上年结转资金");
        q.line(d, "T1", "income", "general", "amount", "一般公共预算拨款收入", "一般公共预算拨款", "一般公共预算收入");
        q.line(d, "T4", "spending", "currentTotal", "general", "一般公共预算拨款收入", "一般公共预算拨款");
        q.line(d, "T1", "income", "fund", "amount", "政府性基金预算拨款收入", "政府性基金预算拨款", "政府性基金预算收入");
        q.line(d, "T4", "spending", "currentTotal", "fund", "政府性基金预算拨款收入", "政府性基金预算拨款");
        q.line(d, "T1", "income", "stateCapital", "amount", "国有资本经营预算拨款收入", "国有资本经营预算拨款", "国有资本经营预算收入");
        q.line(d, "T4", "spending", "currentTotal", "stateCapital", "国有资本经营预算拨款收入", "国有资本经营预算拨款");
        q.line(d, "T1", "income", "specialAccount", "amount", "财政专户管理资金收入", "财政专户管理资金");
        q.line(d, "T1", "income", "unitFunds", "amount", "单位资金", "单位资金收入");
        q.line(d, "T4", "income", "grandTotal", "amount", "财政拨款收支总预算", "财政拨款收支预算总额", "财政拨款收入总计");
        q.line(d, "T4", "income", "currentTotal", "amount", "当年拨款收入");
        q.line(d, "T4", "income", "carryOver", "amount", "上年结转收入", "上年财政拨款结转");
        q.line(d, "T3", "main", "合计", "basic", "基本支出");
        q.line(d, "T5", "main", "合计", "basic", "基本支出", "一般公共预算安排基本支出", "一般公共预算基本支出");
        q.line(d, "T6", "main", "合计", "total", "基本支出", "一般公共预算安排基本支出", "一般公共预算基本支出");
        q.line(d, "T3", "main", "合计", "project", "项目支出");
        q.line(d, "T5", "main", "合计", "project", "项目支出", "一般公共预算项目支出");
        q.line(d, "T5", "main", "合计", "total", "一般公共预算当年支出", "一般公共预算支出", "一般公共预算当年拨款");
        q.line(d, "T6", "main", "合计", "personnel", "人员经费");
        q.line(d, "T6", "main", "合计", "public", "公用经费");
        q.line(d, "T10", "main", "total", "total", "“三公”经费预算", "“三公”经费", "三公经费", "三公经费预算");
        q.line(d, "T10", "main", "reception", "total", "公务接待费");
        q.line(d, "T10", "main", "abroad", "total", "因公出国（境）费", "因公出国（境）费用");
        q.line(d, "T10", "main", "vehicleOperation", "total", "公务用车运行维护费", "公务用车运行费");
        q.line(d, "T10", "main", "vehiclePurchase", "total", "公务用车购置费");
        q.line(d, "T10", "main", "vehicles", "total", "公务用车购置及运行费", "公务用车购置及运行维护费");
        q.line(d, "T11", "main", "total", "total", "机关运行经费", "机关运行经费预算", "机关运行经费财政拨款预算");
        d.table("T12").flatMap(Tables::top).ifPresent(e -> q.add("项目支出", "T12", e, "total", d));
        // 类 by name: 表一 (all money and this year's), 表五 (this year's general budget)
        for (String table : List.of("T1", "T3", "T5")) {
            d.table(table).ifPresent(t -> {
                for (TableEntry e : t.entries()) {
                    if (e.level() == 1 && e.role() != EntryRole.TOTAL && !e.amounts().isEmpty()) {
                        String name = e.label().replaceFirst("^[一二三四五六七八九十]+、", "").strip();
                        for (String col : List.of("total", "current")) {
                            if (e.amounts().containsKey(col)) {
                                q.add(name, table, e, col, d);
                            }
                        }
                    }
                }
            });
        }
        return q;
    }

    private void line(Disclosure d, String table, String block, String key, String column, String... names) {
        Optional<PublishedTable> t = d.table(table);
        if (t.isEmpty()) {
            return;
        }
        t.get().entry(block, key).ifPresent(e -> {
            for (String n : names) {
                add(n, table, e, column, d);
            }
        });
    }

    private void add(String name, String table, TableEntry e, String column, Disclosure d) {
        PublishedTable t = d.table(table).orElseThrow();
        Money m = Tables.amount(e, column, Tables.unit(t));
        String where = tables.name(table) + "“" + Tables.row(e) + "”" + tables.column(table, e.block(), column);
        byName.computeIfAbsent(normal(name), k -> new ArrayList<>()).add(new Quantity(where, m));
    }

    /**
     * The figures printed under the name {@code prose} ends with (the longest known name wins:
     * "一般公共预算安排基本支出" before "基本支出"); empty when the tables use no such name.
     */
    public List<Quantity> lookup(String prose) {
        String p = normal(prose);
        String best = null;
        for (String k : byName.keySet()) {
            if (p.endsWith(k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best == null ? List.of() : byName.get(best);
    }

    /** The name a lookup matched, for messages. */
    public String matchedName(String prose) {
        String p = normal(prose);
        String best = null;
        for (String k : byName.keySet()) {
            if (p.endsWith(k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }

    static String normal(String s) {
        return s.replace(" ", "").replace('(', '（').replace(')', '）').replace('"', '“');
    }
}
