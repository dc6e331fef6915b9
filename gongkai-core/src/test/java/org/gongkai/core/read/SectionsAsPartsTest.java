package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.StateAssets;
import org.gongkai.core.model.VehicleCount;
import org.junit.jupiter.api.Test;

/**
 * A document with no 第X部分 whose 目录 lists its sections ("一、部门主要职能" … "四、部门预算编制说明"
 * … "八、绩效目标") and prints each as a heading without its number, as the Shanghai district
 * budgets do: those headings are its parts, 概况, 名词解释 and 情况说明 read from them.
 */
class SectionsAsPartsTest {

    private static final String OUTLINE = """
            上海市某区2023年区级部门预算

            目录
            一、部门主要职能
            二、名词解释
            三、部门预算编制说明
            四、其他相关情况说明

            部门主要职能
            某街道办事处是区政府的派出机关。

            名词解释
            （一）、基本支出预算：是保障机构正常运转的年度支出计划。
            （二）、项目支出预算：是完成特定目标的年度支出计划。

            部门预算编制说明
            2023年，某街道办事处收入预算100.00万元，比2022年预算增加10.00万元。
            政府性基金拨款支出预算0万元，比2022年预算增加10.00万元。

            其他相关情况说明
            一、“三公”经费预算情况说明
            2023年“三公”经费预算数为1.00万元。
            """;

    @Test
    void theSectionsOfAContentsWithoutPartsAreItsParts() {
        Disclosure d = DisclosureReader.withBundledTemplates().readText(OUTLINE, "outline.txt");
        assertThat(d.narrative().sections()).extracting(NarrativeSection::title)
                .containsExactly("部门预算编制说明", "其他相关情况说明", "“三公”经费预算情况说明");
        assertThat(d.narrative().sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("2023年，某街道办事处收入预算100.00万元，比2022年预算增加10.00万元。",
                        "政府性基金拨款支出预算0万元，比2022年预算增加10.00万元。");
        assertThat(d.glossary()).extracting(GlossaryEntry::term).containsExactly("基本支出预算", "项目支出预算");
        assertThat(d.profile().text()).extracting(Paragraph::text).containsExactly("某街道办事处是区政府的派出机关。");
        assertThat(d.profile().duties()).containsExactly("某街道办事处是区政府的派出机关。"); // under 部门主要职能
        // no table printed: a text without tables, which a tables file may complete
        assertThat(Companions.textOnly(d)).isTrue();
        assertThat(Companions.hasUnreadTables(d)).isFalse();
    }

    @Test
    void withoutTheContentsTheSameHeadingsAreNoParts() {
        String noContents = OUTLINE.replaceAll("目录\\n(.+\\n){4}", "");
        Disclosure d = DisclosureReader.withBundledTemplates().readText(noContents, "outline.txt");
        assertThat(d.narrative().sections()).isEmpty();
        assertThat(d.glossary()).isEmpty();
    }

    /** 上海市普陀区万里街道办事处2023年部门预算.pdf, against the PDF (pages 3-9 and 29-30). */
    @Test
    void tablesOfASetGongkaiDoesNotKnowAreSaidToBeUnread() throws Exception {
        // a Shanghai 决算: its tables (收入支出决算总表 …) are of no bundled set; its text is still read
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf"));
        assertThat(d.templateId()).isNull();
        assertThat(Companions.hasUnreadTables(d)).isTrue();
        assertThat(Companions.textOnly(d)).isFalse();
        assertThat(d.narrative().sections()).isNotEmpty();
    }

    @Test
    void theShanghaiDistrictBudgetIsReadByItsSections() throws Exception {
        Disclosure d = DisclosureReader.withBundledTemplates().read(SharedFixtures.realFixtures()
                .resolve("shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf"));
        List<NarrativeSection> sections = d.narrative().sections();
        assertThat(sections).extracting(NarrativeSection::title).startsWith("部门预算编制说明", "其他相关情况说明",
                "2023年“三公”经费预算情况说明").contains("项目经费情况说明", "项目概况");
        // page 6: the explanation's first paragraph, and its 30 items "1. “一般公共服务支出（类）…（项）”2.63万元…"
        assertThat(sections.get(0).paragraphs().get(0).text())
                .startsWith("2023年，上海市普陀区人民政府万里街道办事处收入预算16497.86万元，其中：财政拨款收入16497.86万元");
        assertThat(sections.get(0).paragraphs()).anyMatch(p -> p.text().startsWith("1. “一般公共服务支出（类）统计信息事务（款）统计管理（项）”2.63万元"));
        // the tables (pages 10-28) and the 绩效目标填报表 (pages 31-35) are not read as paragraphs
        List<String> all = new ArrayList<>();
        sections.forEach(s -> s.paragraphs().forEach(p -> all.add(p.text())));
        assertThat(all).noneMatch(t -> t.contains("编制部门")).noneMatch(t -> t.contains("绩效目标填报表"));
        assertThat(d.glossary()).extracting(GlossaryEntry::term).containsExactly("基本支出预算", "项目支出预算", "“三公”经费", "机关运行经费");
        assertThat(d.profile().text()).anyMatch(p -> p.text().startsWith("一、加强党的建设。"));
        // page 3: under 部门主要职能, the sentence saying what the office is, then "主要职能包括：" and its nine
        // numbered duties, the last a short one ("九、承办区委、区政府交办的其他事项。"); the sentence before the
        // list describes the office and is no duty; 部门机构设置 (page 4) is a heading, not a duty
        assertThat(d.profile().duties()).hasSize(9);
        assertThat(d.profile().duties().get(0)).startsWith("加强党的建设。");
        assertThat(d.profile().duties().get(8)).isEqualTo("承办区委、区政府交办的其他事项。");
        assertThat(d.profile().duties()).noneMatch(t -> t.contains("派出机关"));
        assertThat(d.profile().duties()).doesNotContain("部门机构设置");
        // its 9 tables are read with the Shanghai template (ShanghaiTablesTest): none left unread
        assertThat(d.templateId()).isEqualTo("shanghai-district-budget-2023");
        assertThat(Companions.hasUnreadTables(d)).isFalse();
        assertThat(Companions.textOnly(d)).isFalse();
        // the 目录's "1. 2023年部门财务收支预算总表" is found on page 10 ("1.2023" is no decimal)
        assertThat(d.notes()).noneMatch(n -> n.message().contains("财务收支预算总表"));
        // page 4, 部门机构设置: "…具体包括：" and six numbered units, the office itself (本部) first
        assertThat(d.profile().subordinateUnits()).containsExactly("上海市普陀区万里街道社区事务受理服务中心",
                "上海市普陀区万里街道社区党群服务中心", "上海市普陀区万里街道城市运行管理中心", "上海市普陀区万里街道经济发展服务中心",
                "上海市普陀区万里街道综合行政执法队");
        // page 9: "房屋14609.83平方米；车辆7辆（一般公务用车3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）；
        // 单价50万元以上通用设备0台/套" (房屋 is no 办公用房 area)
        StateAssets a = d.assets();
        assertThat(a.vehiclesHeld()).isEqualTo(7);
        assertThat(a.vehiclesAuthorised()).isNull();
        assertThat(a.vehiclesByUse()).extracting(VehicleCount::use).containsExactly("一般公务用车", "执法执勤用车", "特种专业技术用车", "其他用车");
        assertThat(a.vehiclesByUse()).extracting(VehicleCount::count).containsExactly(3, 4, 0, 0);
        assertThat(a.equipmentOver500k()).isZero();
        assertThat(a.officeArea()).isNull();
    }
}
