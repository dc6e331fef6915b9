package org.gongkai.app.cli;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.core.model.ChineseNumerals;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.ReadNote;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.template.TableTemplate;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalog;

/**
 * The human summary {@code gongkai parse} prints: who, which year, which template, which tables
 * were found and which are missing, and how much of each part was read.
 */
final class DisclosureSummary {

    private DisclosureSummary() {
    }

    /** "a.pdf（PDF，17 页，634,759 字节）". */
    private static void file(StringBuilder b, SourceInfo s, NumberFormat n) {
        b.append(s.fileName()).append("（")
                .append(s.format().equals("pdf") ? "PDF，" + s.pages() + " 页"
                        : s.format().equals("xlsx") ? "Excel 工作簿，" + n.format(s.lines()) + " 行"
                        : "文本，" + s.encoding() + "，" + n.format(s.lines()) + " 行")
                .append("，").append(n.format(s.bytes())).append(" 字节）");
    }

    static String of(Disclosure d) {
        StringBuilder b = new StringBuilder();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.CHINA);
        DisclosureMetadata m = d.metadata();
        b.append("文件：");
        file(b, d.source(), n);
        for (SourceInfo c : d.companions()) {
            b.append("\n报表文件：");
            file(b, c, n);
        }
        b.append('\n');
        b.append("单位：").append(orDash(m.unitName()));
        if (m.departmentName() != null || m.departmentCode() != null) {
            b.append("（主管部门 ").append(m.departmentCode() == null ? "" : m.departmentCode() + " ")
                    .append(orDash(m.departmentName())).append("）");
        }
        b.append('\n');
        b.append("地区：").append(orDash(m.province() == null || m.province().equals(m.region()) ? m.region()
                : m.region() == null ? m.province() : (m.region().startsWith(m.province()) ? m.region() : m.province() + " " + m.region()))).append('\n');
        b.append("年度：").append(m.year() > 0 ? m.year() + "年" : "—").append(" ")
                .append(m.level() == null ? "" : m.level().label()).append(m.kind() == null ? "" : m.kind().label()).append('\n');
        if (m.title() != null) {
            b.append("标题：").append(m.title()).append('\n');
        }
        Template template = TemplateCatalog.bundled().find(d.templateId()).orElse(null);
        b.append("模板：").append(template == null ? "未识别（没有找到任何已知表样的表格）" : d.templateId() + "（" + template.name() + "）").append('\n');

        int expected = template == null ? d.tables().size() : template.tables().size();
        b.append("报表：找到 ").append(d.tables().size()).append('/').append(expected).append(" 张\n");
        for (PublishedTable t : d.tables()) {
            TableTemplate tt = template == null ? null : template.table(t.id()).orElse(null);
            b.append("  表").append(tt == null ? t.id() : ChineseNumerals.of(tt.number()))
                    .append("  ").append(t.title());
            b.append("（").append(t.rows().size()).append(" 行");
            if (t.isEmpty()) {
                b.append("，无数据");
            }
            if (t.note() != null) {
                b.append("，").append(t.note());
            }
            b.append("）\n");
        }
        if (template != null) {
            Set<String> found = d.tables().stream().map(PublishedTable::id).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            for (TableTemplate t : template.tables()) {
                if (!found.contains(t.id())) {
                    missing.add("表" + ChineseNumerals.of(t.number()) + "《" + t.title() + "》");
                }
            }
            b.append("  缺少：").append(missing.isEmpty() ? "无" : String.join("、", missing)).append('\n');
        }
        b.append("事实：").append(n.format(d.facts().size())).append(" 条");
        if (!d.facts().conflicts().isEmpty()) {
            b.append("（其中 ").append(d.facts().conflicts().size()).append(" 处两表数字不一致）");
        }
        b.append('\n');
        var p = d.profile();
        if (!p.text().isEmpty()) {
            b.append("概况：职责 ").append(p.duties().size()).append(" 项，内设机构 ").append(p.internalOffices().size())
                    .append(" 个，下属单位 ").append(p.subordinateUnits().size()).append(" 个");
            if (p.staffing() != null && p.staffing().total() != null) {
                b.append("，人员 ").append(p.staffing().total()).append(" 人");
            }
            b.append('\n');
        }
        if (!d.narrative().sections().isEmpty()) {
            int paragraphs = 0;
            int figures = 0;
            for (NarrativeSection sec : d.narrative().sections()) {
                paragraphs += sec.allParagraphs().size();
                figures += countFigures(sec);
            }
            b.append("情况说明：").append(d.narrative().sections().size()).append(" 节，").append(paragraphs).append(" 段，")
                    .append(d.narrative().sentences().size()).append(" 句，图 ").append(figures).append(" 幅\n");
        }
        if (!d.performanceTargets().isEmpty()) {
            b.append("绩效目标表：").append(d.performanceTargets().size()).append(" 张\n");
        }
        if (d.assets() != null) {
            b.append("国有资产：公务用车 ").append(orDash(d.assets().vehiclesHeld())).append(" 辆，办公用房 ")
                    .append(d.assets().officeArea() == null ? "—" : d.assets().officeArea().toPlainString()).append(" 平方米\n");
        }
        if (d.procurement() != null && d.procurement().total() != null) {
            b.append("政府采购：").append(d.procurement().total().money()).append('\n');
        }
        if (d.catalogue() != null) {
            b.append("政府购买服务指导性目录：").append(d.catalogue().departments().size()).append(" 个部门，")
                    .append(n.format(d.catalogue().itemCount())).append(" 项；文件 ").append(d.catalogue().coverDocuments().size()).append(" 份\n");
        }
        if (!d.glossary().isEmpty()) {
            b.append("名词解释：").append(d.glossary().size()).append(" 条\n");
        }
        if (!d.notes().isEmpty()) {
            b.append("读取提示：\n");
            for (ReadNote r : d.notes()) {
                b.append("  - ").append(r.message());
                if (r.position().isKnown()) {
                    b.append("（").append(r.position().describe()).append("）");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static int countFigures(NarrativeSection s) {
        int c = s.figures().size();
        for (NarrativeSection x : s.sections()) {
            c += countFigures(x);
        }
        return c;
    }

    /**
     * Who and which year in a few words, for one line of a list of files: "柳林县人力资源和社会保障局
     * 2024年 单位预算", "单位未识别 2019年 部门预算".
     */
    static String describe(Disclosure d) {
        DisclosureMetadata m = d.metadata();
        if (m == null) {
            return "单位和年度未识别";
        }
        String kind = (m.level() == null ? "" : m.level().label()) + (m.kind() == null ? "" : m.kind().label());
        return (m.unitName() == null ? "单位未识别" : m.unitName()) + " " + (m.year() > 0 ? m.year() + "年" : "年度未识别")
                + (kind.isEmpty() ? "" : " " + kind);
    }

    private static String orDash(Object o) {
        return o == null ? "—" : o.toString();
    }
}
