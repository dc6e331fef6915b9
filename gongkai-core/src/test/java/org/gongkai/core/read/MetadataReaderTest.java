package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.model.Paragraph;
import org.gongkai.core.model.Sentence;
import org.gongkai.core.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The region in a unit's name, and the province a county unit's 其他说明 names. */
class MetadataReaderTest {

    private static List<Paragraph> text(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs)
                .map(t -> new Paragraph(t, List.of(new Sentence(t, SourcePosition.UNKNOWN)), SourcePosition.UNKNOWN)).toList();
    }

    @Test
    void theRegionEndsWithTheCountyOrDistrict() {
        assertThat(MetadataReader.region("柳林县人力资源和社会保障局")).isEqualTo("柳林县");
        assertThat(MetadataReader.region("吕梁市柳林县人力资源和社会保障局")).isEqualTo("吕梁市柳林县");
        assertThat(MetadataReader.region("江苏省南京市鼓楼区城市管理局")).isEqualTo("江苏省南京市鼓楼区");
        assertThat(MetadataReader.region("广西壮族自治区南宁市财政局")).isEqualTo("广西壮族自治区南宁市");
        // a unit whose own name goes on like a region's ("城市…") is still of its county
        assertThat(MetadataReader.region("平遥县城市管理综合执法队")).isEqualTo("平遥县");
        assertThat(MetadataReader.region("浦东新区城市管理综合行政执法局")).isEqualTo("浦东新区");
        assertThat(MetadataReader.region("财政局")).isNull();
    }

    @Test
    void theUnitIsTheNameMostParagraphsOpenWithBeforeTheYear() {
        // 江苏省政协办公厅2019年度部门预算.pdf: its cover is a picture, and it has no tables
        assertThat(MetadataReader.unitInText(text("江苏省政协办公厅2019年度收入、支出预算总计9,980.34万元。",
                "本部门2019年无政府性基金预算。", "江苏省政协办公厅2019年一般公共预算机关运行经费支出预算1,014.44万元。"), 2019))
                .isEqualTo("江苏省政协办公厅");
        // said once is not enough, "本部门" names no unit, and another year's figures do not count
        assertThat(MetadataReader.unitInText(text("江苏省政协办公厅2019年度收入、支出预算总计9,980.34万元。",
                "本部门2019年无政府性基金预算。", "本部门2019年机关运行经费支出预算1,014.44万元。"), 2019)).isNull();
        assertThat(MetadataReader.unitInText(text("江苏省政协办公厅2018年度收入预算。", "江苏省政协办公厅2018年度支出预算。"), 2019)).isNull();
    }

    @Test
    void theProvinceOfTheCatalogueTheUnitFollows() {
        // the reference document's wording (柳林县, 2024): the province's document number
        assertThat(MetadataReader.provinceInNotes(text("本单位无其他需要说明的相关情况",
                "按照2023年采购目录（柳财综（2023）482号、晋财综【2023】43号）"))).isEqualTo("山西省");
        assertThat(MetadataReader.provinceInNotes(text("本单位按照《四川省部门政府购买服务指导性目录》执行。"))).isEqualTo("四川省");
        assertThat(MetadataReader.provinceInNotes(text("本单位执行江苏省财政厅印发的政府购买服务指导性目录。"))).isEqualTo("江苏省");
    }

    @Test
    void noProvinceWhereNoneIsNamedForTheCatalogue() {
        // a province named for something else, a city's document number whose abbreviation a province shares
        assertThat(MetadataReader.provinceInNotes(text("根据《山西省就业促进条例》安排就业补助资金。"))).isNull();
        assertThat(MetadataReader.provinceInNotes(text("按照采购目录（宁财综〔2023〕12号）执行"))).isNull();
        assertThat(MetadataReader.provinceInNotes(text("按照2023年采购目录（柳财综（2023）482号）"))).isNull();
        assertThat(MetadataReader.provinceInNotes(text("本单位节省开支，执行采购目录。"))).isNull();
    }

    @Test
    void aTitleWrappedOnTheCoverGivesTheWholeName() {
        // 省法院2018年度部门预算公开.pdf: "2018 年度江苏省高级" / "人民法院预算公开"
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("2018 年度江苏省高级\n人民法院预算公开\n\n2018 年 2 月 24 日\n目 录\n")))
                .isEqualTo("江苏省高级人民法院");
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("2017年度江苏省高级人民法院部门预算公开\n\n目录\n")))
                .isEqualTo("江苏省高级人民法院");
        // the next line is not the title's end: the first line is the name as before
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("江苏省政协办公厅\n2018年2月\n目录\n")))
                .isEqualTo("江苏省政协办公厅");
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("2018 年度江苏省高级\n\n目录\n"))).isEqualTo("江苏省高级");
    }

    @Test
    void aTitleLedByTheNameGivesTheName() {
        // 江苏省政协办公厅2017年度部门预算.pdf: "江苏省政协办公厅 2017 年度部门预算", its tables in another file
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("江苏省政协办公厅 2017 年度部门预算\n目 录\n")))
                .isEqualTo("江苏省政协办公厅");
        // a title without a name, or led by words that are no body's name, names none
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("2024年度单位预算公开\n目录\n"))).isNull();
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("关于公开2024年度部门预算\n目录\n"))).isNull();
    }

    @Test
    void aNameTheTitleBlockStatesUnderALabelIsTheUnit() {
        // 上海市普陀区万里街道办事处2023年部门预算.pdf: the title names the district only
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read(
                "上海市普陀区2023年区级部门预算\n\n\n 预算主管部门：上海市普陀区人民政府万里街道办事处\n目    录\n")))
                .isEqualTo("上海市普陀区人民政府万里街道办事处");
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("2024年度部门预算\n单位名称（盖章）：某某县财政局\n目录\n")))
                .isEqualTo("某某县财政局");
        // without the label, the title's name as before; a label naming no body, or one after the 目录, is not taken
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("上海市普陀区2023年区级部门预算\n目录\n")))
                .isEqualTo("上海市普陀区");
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("上海市普陀区2023年区级部门预算\n编制单位：见各表表头\n目录\n")))
                .isEqualTo("上海市普陀区");
        assertThat(MetadataReader.titleBlockUnit(TextLayoutReader.read("上海市普陀区2023年区级部门预算\n目录\n预算主管部门：某某街道办事处\n")))
                .isEqualTo("上海市普陀区");
    }
}
