package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CodeTreeTest {

    private static CodeTree load(String csv) {
        return CodeTree.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ClassificationKind.FUNCTIONAL, "test", false);
    }

    @Test
    void readsCodesWithTheirHierarchyAndPrintedVariants() {
        CodeTree t = load("""
                code,name,level,parent_code,years_seen,doc_count,name_variants
                208,社会保障和就业支出,1,,2024,1,
                20805,行政事业单位养老支出,2,208,2024,1,行政事业单位离退休(2017/2018;12)
                2080505,机关事业单位基本养老保险缴费支出,3,20805,2024,1,基本养老保险(2024;2);机关事业单位基本养老保(2024;1)
                """);
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.find("2080505").orElseThrow().level()).isEqualTo(3);
        assertThat(t.find("2080505").orElseThrow().parentCode()).isEqualTo("20805");
        assertThat(t.find("20805").orElseThrow().aliases()).containsExactly("行政事业单位离退休");
        assertThat(t.findByName("基本养老保险", 3)).map(ClassificationCode::code).contains("2080505");
        assertThat(t.children("208")).extracting(ClassificationCode::code).containsExactly("20805");
        assertThat(t.edition()).isEqualTo("test");
        assertThat(t.isComplete()).isFalse();
    }

    @Test
    void aNameOfSeveralCodesGoesToTheOnePrintedLast() {
        CodeTree t = CodeTree.load(new ByteArrayInputStream("""
                code,name,level,parent_code,years_seen,doc_count,name_variants
                30104,其他社会保障缴费,2,301,2017,2,
                30112,其他社会保障缴费,2,301,2017/2024,9,
                30113,住房公积金,2,301,2024,9,
                30311,代缴社会保险费,2,303,2024,3,住房公积金(2017;4)
                """.getBytes(StandardCharsets.UTF_8)), ClassificationKind.DEPARTMENT_ECONOMIC, "t", false);
        assertThat(t.findByName("其他社会保障缴费", 2)).map(ClassificationCode::code).contains("30112");
        assertThat(t.findByName("住房公积金", 2)).map(ClassificationCode::code).contains("30113");
        assertThat(t.findByName("不存在的名称", 2)).isEmpty();
    }

    @Test
    void theBundledListsKnowTheReferenceDocumentsCodes() {
        Classifications c = Classifications.bundled();
        assertThat(c.functional().find("2080101").orElseThrow().name()).isEqualTo("行政运行");
        assertThat(c.functional().findByName("社会保障和就业支出", 1)).map(ClassificationCode::code).contains("208");
        assertThat(c.functional().findByName("抗疫特别国债安排的支出", 1)).map(ClassificationCode::code).contains("234");
        assertThat(c.departmentEconomic().findByName("公务用车运行维护费", 2)).map(ClassificationCode::code).contains("30231");
        assertThat(c.governmentEconomic().findByName("工资福利支出", 2)).map(ClassificationCode::code).contains("50501");
        assertThat(c.functional().isComplete()).isFalse();
    }

    @Property
    void parentsAreThePrefixOfTheirLevel(@ForAll @IntRange(min = 100, max = 999) int cls,
                                         @ForAll @IntRange(min = 1, max = 99) int kuan,
                                         @ForAll @IntRange(min = 1, max = 99) int xiang) {
        String c = String.format("%03d%02d%02d", cls, kuan, xiang);
        ClassificationKind f = ClassificationKind.FUNCTIONAL;
        assertThat(f.levelOf(c)).isEqualTo(3);
        assertThat(f.parentOf(c)).isEqualTo(c.substring(0, 5));
        assertThat(f.parentOf(f.parentOf(c))).isEqualTo(c.substring(0, 3));
        assertThat(f.parentOf(c.substring(0, 3))).isEmpty();
        assertThat(f.levelOf(c + "1")).isZero();
    }
}
