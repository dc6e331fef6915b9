package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.CatalogueDepartment;
import org.gongkai.core.model.CatalogueItem;
import org.gongkai.core.model.CoverDocument;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.FundsBySource;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.IndicatorCategory;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.StaffCount;
import org.junit.jupiter.api.Test;

/** The reference document's parts other than the tables, read completely. */
class SeedPartsTest {

    private final Disclosure d = SharedFixtures.seed();

    @Test
    void metadata() {
        DisclosureMetadata m = d.metadata();
        assertThat(m.unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(m.departmentName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(m.departmentCode()).isEqualTo("051");
        assertThat(m.region()).isEqualTo("柳林县");
        assertThat(m.province()).isEqualTo("山西省");
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(m.level()).isEqualTo(DisclosureLevel.UNIT);
        assertThat(m.title()).isEqualTo("2024年度单位预算公开");
        assertThat(m.approvalDate()).isNull();
        assertThat(m.publicationDate()).isNull();
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void profile() {
        Profile p = d.profile();
        assertThat(p.duties()).hasSize(12);
        assertThat(p.duties().get(0)).startsWith("贯彻执行国家人力资源和社会保障事业发展规划和政策法规");
        // a duty cut by a page break is joined back
        assertThat(p.duties().get(8)).contains("完善劳动关系协调机制，监督落实消除非法使用童工政策");
        assertThat(p.duties().get(11)).startsWith("职能转变。");
        assertThat(p.internalOfficeCount()).isEqualTo(8);
        assertThat(p.internalOffices()).containsExactly("办公室", "工资股", "职称股", "社保股", "档案室", "财务股", "就业股", "劳动关系股");
        assertThat(p.subordinateUnits()).containsExactly("柳林县劳动保障监察行政综合执法队", "柳林县社保中心", "柳林县就业创业服务中心");
        assertThat(p.changes()).contains("2024年无变动。");
        assertThat(p.staffing().total()).isEqualTo(39);
        assertThat(p.staffing().byKind()).extracting(StaffCount::kind, StaffCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("行政公务员", 12), org.assertj.core.groups.Tuple.tuple("事业人员", 5),
                        org.assertj.core.groups.Tuple.tuple("政府购买服务人员", 22));
        assertThat(p.staffing().change()).isEqualTo(-3);
        assertThat(p.staffing().comparedYear()).isEqualTo(2023);
        assertThat(p.staffing().reasons()).containsExactly("正常退休2人", "购买服务人员解聘1人");
    }

    @Test
    void narrativeSectionsInOrder() {
        List<NarrativeSection> s = d.narrative().sections();
        assertThat(s).extracting(NarrativeSection::title).containsExactly(
                "单位预算收支数据变动情况及原因", "收入预算情况说明", "支出预算情况说明", "财政拨款收支预算总体情况说明",
                "一般公共预算支出情况说明", "一般公共预算基本支出情况说明", "“三公”经费增减变动原因说明",
                "机关运行经费增减变动原因说明", "政府采购情况", "绩效管理情况", "国有资产占有使用情况", "其他说明");
        assertThat(s.get(4).sections()).extracting(NarrativeSection::title)
                .containsExactly("一般公共预算当年支出规模变化情况", "一般公共预算当年支出结构情况");
        assertThat(s.get(1).figures()).containsExactly("收入预算图");
        assertThat(s.get(4).sections().get(1).figures()).containsExactly("一般公共预算当年拨款结构图");
        assertThat(s.get(6).figures()).containsExactly("三公经费分布图");
        assertThat(s.get(1).paragraphs().get(0).sentences()).extracting(Sentence::text).containsExactly(
                "2024年度柳林县人力资源和社会保障局预算收入1,934.61万元，主要包括一般公共预算拨款收入1,251.07万元，占64.67%；",
                "政府性基金预算拨款收入0万元，占0%；",
                "国有资本经营预算拨款收入0万元，占0%；",
                "财政专户管理资金收入0万元，占0%；",
                "单位资金0万元，占0%；",
                "上年结转683.55万元，占35.33%。");
        // "。；" doubled punctuation stays with its sentence
        assertThat(s.get(0).paragraphs().get(0).sentences().get(0).text()).endsWith("减少比例66%。；");
        assertThat(s.get(0).paragraphs().get(0).position().line()).isEqualTo(419);
    }

    /**
     * No running text of 第三部分 is lost: every line that is not a table row, a form or the
     * catalogue annex is found, whole, in a paragraph, a heading or a caption.
     */
    @Test
    void everyLineOfTheExplanationIsRead() {
        String[] lines = SharedFixtures.seedText().split("\n");
        StringBuilder read = new StringBuilder();
        for (NarrativeSection s : d.narrative().sections()) {
            collect(s, read);
        }
        String all = read.toString().replace(" ", "");
        int checked = 0;
        for (int i = 414; i < 758; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || lines[i].contains("\t") || l.contains("绩效目标表") || l.equals("(2024年度)")) {
                continue;
            }
            String body = Numbering.strip(l).replace(" ", "");
            assertThat(all).as("line %d", i + 1).contains(body.endsWith("：") ? body.substring(0, body.length() - 1) : body);
            checked++;
        }
        assertThat(checked).isEqualTo(32);
        List<Sentence> sentences = d.narrative().sentences();
        assertThat(sentences).hasSize(48);
        for (NarrativeSection s : d.narrative().sections()) {
            for (Paragraph p : s.allParagraphs()) {
                StringBuilder b = new StringBuilder();
                p.sentences().forEach(x -> b.append(x.text()));
                assertThat(b.toString().replace(" ", "")).isEqualTo(p.text().replace(" ", ""));
            }
        }
    }

    private static void collect(NarrativeSection s, StringBuilder out) {
        out.append(s.title()).append('\n');
        s.figures().forEach(f -> out.append(f).append('\n'));
        s.paragraphs().forEach(p -> out.append(p.text()).append('\n'));
        s.sections().forEach(x -> collect(x, out));
    }

    @Test
    void allEightPerformanceTargetsCompleteInBothPeriods() {
        List<PerformanceTarget> t = d.performanceTargets();
        assertThat(t).extracting(PerformanceTarget::projectName).containsExactly(
                "视频会议网络费", "2024年全民意外伤害保险", "购置办公设备", "机关商品服务支出",
                "就业补助资金-2024年省级(柳财社【2024】41号)", "就业补助资金-2024年中央就业补助资金(柳财社【2024】41号)",
                "培训费", "补充业务费");
        Map<String, String> annualTotals = new LinkedHashMap<>();
        for (PerformanceTarget p : t) {
            annualTotals.put(p.projectName(), p.annualFunds().total().money().plain());
            for (FundsBySource f : new FundsBySource[] {p.implementationFunds(), p.annualFunds()}) {
                assertThat(f.total()).as(p.projectName()).isNotNull();
                assertThat(f.central()).as(p.projectName()).isNotNull();
                assertThat(f.provincial()).as(p.projectName()).isNotNull();
                assertThat(f.cityCounty()).as(p.projectName()).isNotNull();
                assertThat(f.selfRaised()).as(p.projectName()).isNotNull();
            }
            for (List<IndicatorCategory> tree : List.of(p.implementationIndicators(), p.annualIndicators())) {
                assertThat(tree).extracting(IndicatorCategory::name).as(p.projectName()).containsExactly("产出指标", "效益指标", "满意度指标");
                assertThat(tree.stream().mapToLong(c -> c.groups().stream().mapToLong(g -> g.indicators().size()).sum()).sum())
                        .as(p.projectName()).isGreaterThanOrEqualTo(4);
            }
            assertThat(p.year()).isEqualTo(2024);
            assertThat(p.implementingUnit()).isEqualTo("柳林县人力资源和社会保障局");
            assertThat(p.department()).isEqualTo("柳林县人力资源和社会保障局[部门]");
        }
        assertThat(annualTotals.values()).containsExactly("12000", "6000000", "19800", "158300", "15500", "2970000", "9900", "996160");

        PerformanceTarget central = t.get(5);
        assertThat(central.annualFunds().total().text()).isEqualTo("2,970,000");
        assertThat(central.annualFunds().central().money().plain()).isEqualTo("2970000");
        assertThat(central.annualFunds().provincial().money().plain()).isEqualTo("0");
        assertThat(central.implementationFunds().provincial().money().plain()).isEqualTo("2970000");
        assertThat(central.implementationFunds().central().money().plain()).isEqualTo("0");
        IndicatorGroup quantity = central.implementationIndicators().get(0).groups().get(0);
        assertThat(quantity.name()).isEqualTo("数量指标");
        assertThat(quantity.indicators()).extracting(i -> i.name() + "=" + i.value())
                .containsExactly("享受就业见习补贴人员数=≥500人", "享受公益性岗位补贴人数=≥100人", "享受社会保险补贴人员数=≥200人");
        assertThat(central.annualIndicators().get(0).groups().get(0).indicators()).extracting(i -> i.name() + "=" + i.value())
                .containsExactly("享受社会保险补贴=≥200人", "享受公益性岗位=≥100人", "享受就业见习补贴=≥500人");
        assertThat(t.get(1).departmentCode()).isEqualTo("061");
        assertThat(t.get(0).departmentCode()).isEqualTo("051");
        assertThat(t.get(7).projectType()).isEqualTo("经常性项目(长期开展)");
        assertThat(t.get(7).projectTerm()).isEqualTo("99年");
        assertThat(t.get(0).filledDateText()).isEqualTo("20240429172924");
        assertThat(t.get(0).filledDate()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(t.get(7).filledDateText()).isEqualTo("2024110173048");
        assertThat(t.get(7).filledDate()).isNull();
        assertThat(t.get(1).plan()).isEqualTo("公开招标,保险时间为2024年7月31日零时至2025年7月30日24时止。");
        assertThat(t.get(1).annualGoal()).startsWith("可以转嫁意外风险");
        assertThat(t.get(0).published().rows()).hasSize(28);
    }

    @Test
    void catalogueWithEveryDepartmentAndItem() {
        var c = d.catalogue();
        assertThat(c.reference()).isEqualTo("按照2023年采购目录（柳财综（2023）482号、晋财综【2023】43号）");
        assertThat(c.title()).isEqualTo("山西省部门政府购买服务指导性目录");
        assertThat(c.coverDocuments()).extracting(CoverDocument::issuer, CoverDocument::number, CoverDocument::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("柳林县财政局", "柳财综〔2023〕482号", LocalDate.of(2023, 9, 15)),
                org.assertj.core.groups.Tuple.tuple("吕梁市财政局", "吕财综〔2023〕28号", LocalDate.of(2023, 8, 28)),
                org.assertj.core.groups.Tuple.tuple("山西省财政厅", "晋财综〔2023〕43号", LocalDate.of(2023, 8, 22)));
        assertThat(c.coverDocuments().get(2).printedBy()).isEqualTo("山西省财政厅办公室");
        assertThat(c.coverDocuments().get(2).addressees()).isEqualTo("各市财政局,省直有关单位");

        // counted here from the raw lines: a department line has text in its first cell only
        String[] lines = SharedFixtures.seedText().split("\n");
        List<String> names = new ArrayList<>();
        Map<String, Integer> items = new LinkedHashMap<>();
        String current = null;
        for (int i = 842; i < 2836; i++) {
            String[] cells = lines[i].split("\t", -1);
            if (cells.length < 2 || cells[0].equals("代码")) {
                continue;
            }
            boolean rest = false;
            for (int k = 1; k < cells.length; k++) {
                rest |= !cells[k].isBlank();
            }
            if (!rest && !cells[0].matches("[A-Z]?\\d*")) {
                current = cells[0];
                names.add(current);
            } else {
                items.merge(current, 1, Integer::sum);
            }
        }
        assertThat(names).hasSize(49);
        assertThat(c.departments()).extracting(CatalogueDepartment::name).containsExactlyElementsOf(names);
        for (CatalogueDepartment dept : c.departments()) {
            assertThat(dept.items()).as(dept.name()).hasSize(items.get(dept.name()));
        }
        assertThat(c.itemCount()).isEqualTo(1835);
        CatalogueDepartment hr = c.departments().stream().filter(x -> x.name().equals("人力资源和社会保障")).findFirst().orElseThrow();
        assertThat(hr.items().get(0)).extracting(CatalogueItem::code, CatalogueItem::level, CatalogueItem::name).containsExactly("A", 1, "公共服务");
        CatalogueDepartment housing = c.departments().stream().filter(x -> x.name().equals("住房和城乡建设")).findFirst().orElseThrow();
        CatalogueItem broken = housing.items().stream().filter(i -> i.code().equals("160601")).findFirst().orElseThrow();
        assertThat(broken.level()).isEqualTo(4);
        assertThat(broken.codeLevel()).isZero();
        assertThat(broken.name()).isEqualTo("住建行业标准制修订辅助服务");
        assertThat(broken.position().line()).isEqualTo(1627);
    }

    @Test
    void glossaryAssetsAndProcurement() {
        assertThat(d.glossary()).extracting(GlossaryEntry::term).containsExactly("基本支出", "项目支出", "“三公”经费", "机关运行经费",
                "政府购买服务", "财政专户管理资金", "单位资金", "上年结转", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政拨款");
        assertThat(d.glossary().get(5).definition()).startsWith("专指教育收费");
        assertThat(d.glossary().get(8).definition()).startsWith("是指以税收为主体的财政收入");
        var a = d.assets();
        assertThat(a.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(a.vehiclesAuthorised()).isEqualTo(1);
        assertThat(a.vehiclesHeld()).isEqualTo(1);
        assertThat(a.vehiclesByUse()).hasSize(7);
        assertThat(a.vehiclesByUse().get(6).use()).isEqualTo("其他公务用车");
        assertThat(a.vehiclesByUse().get(6).count()).isEqualTo(1);
        assertThat(a.officeArea()).isEqualByComparingTo("200");
        assertThat(a.equipmentOver500k()).isZero();
        assertThat(a.equipmentOver1m()).isZero();
        var p = d.procurement();
        assertThat(p.total().money().plain()).isEqualTo("605.89");
        assertThat(p.goods().money().plain()).isEqualTo("3.89");
        assertThat(p.works().money().plain()).isEqualTo("0");
        assertThat(p.services().money().plain()).isEqualTo("602.00");
    }

    /**
     * Vehicles stated without an establishment: "共有车辆3辆，其中，…" (the Jiangsu texts) gives those held
     * and their uses; "拟购置车辆2辆" is a purchase, not the vehicles held.
     */
    @Test
    void vehiclesHeldWithoutAnEstablishmentAreRead() throws Exception {
        String held = SharedFixtures.seedText().replace(
                "共有公务用车编制1辆，实有1辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车1辆",
                "共有车辆3辆，其中，一般公务用车2辆、执法执勤用车1辆；2024年拟购置车辆2辆");
        var a = DisclosureReader.withBundledTemplates().readText(held, "seed.txt").assets();
        assertThat(a.vehiclesAuthorised()).isNull();
        assertThat(a.vehiclesHeld()).isEqualTo(3);
        assertThat(a.vehiclesByUse()).extracting(v -> v.use() + v.count()).containsExactly("一般公务用车2", "执法执勤用车1");

        String bought = SharedFixtures.seedText().replace(
                "共有公务用车编制1辆，实有1辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车1辆",
                "2024年拟购置车辆2辆");
        assertThat(DisclosureReader.withBundledTemplates().readText(bought, "seed.txt").assets().vehiclesHeld()).isNull();
    }
}
