package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.ReadNote;
import org.junit.jupiter.api.Test;

/**
 * A 目录 without page numbers, as 省法院2018年度部门预算公开.pdf prints it: entries that end with "。",
 * an entry wrapped before its last characters, headings in the text wrapped too. Each entry is
 * found as one, and one that the text lacks is still reported.
 */
class TableOfContentsTest {

    private static final DisclosureReader READER = DisclosureReader.withBundledTemplates();

    private static final String TOC = """
            2018年度江苏省高级人民法院预算公开

            目 录
            第一部分 部门概况
            一、主要职能。
            二、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支
            出预算表
            三、部门机构设置和所属单位情况。
            第二部分 名词解释

            """;

    private static final String BODY = """
            第一部分 部门概况
            一、主要职能
            江苏省高级人民法院是国家审判机关，依法独立行使审判权。
            二、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支出预
            算表
            本院“三公”经费预算见附表。
            三、部门机构设置和所属单位情况
            本院内设机构若干。
            第二部分 名词解释
            一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出。
            """;

    @Test
    void aWrappedEntryIsOneEntryAndEveryEntryIsFound() {
        DocumentStructure s = DocumentStructure.of(TextLayoutReader.read(TOC + BODY));
        assertThat(s.toc).extracting(DocumentStructure.TocEntry::text).containsExactly("第一部分 部门概况", "一、主要职能。",
                "二、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支出预算表", "三、部门机构设置和所属单位情况。", "第二部分 名词解释");
        Disclosure d = READER.readText(TOC + BODY, "toc.txt");
        assertThat(d.notes()).extracting(ReadNote::code).doesNotContain("MISSING_TOC_ENTRY");
    }

    @Test
    void anEntryTheTextLacksIsStillReported() {
        String body = BODY.replace("三、部门机构设置和所属单位情况\n本院内设机构若干。\n", "");
        Disclosure d = READER.readText(TOC + body, "toc.txt");
        assertThat(d.notes()).filteredOn(n -> n.code().equals("MISSING_TOC_ENTRY")).extracting(ReadNote::message)
                .containsExactly("目录列出的“三、部门机构设置和所属单位情况。”在正文中未找到");
        String noTable = BODY.replace("二、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支出预\n算表\n", "");
        assertThat(READER.readText(TOC + noTable, "toc.txt").notes()).filteredOn(n -> n.code().equals("MISSING_TOC_ENTRY"))
                .extracting(ReadNote::message).containsExactly("目录列出的“二、2018 年度江苏省高级人民法院“三公”经费、会议费、培训费支出预算表”在正文中未找到");
    }

    @Test
    void aTableTitledWithAQualifierTheContentsLeaveOutIsFound() {
        String toc = TOC.replace("第二部分 名词解释\n", "四、财政拨款基本支出预算表\n第二部分 名词解释\n");
        String body = BODY.replace("第二部分 名词解释\n", "财政拨款基本支出预算表（经济科目）\n科目编码\t科目名称\t金额\n第二部分 名词解释\n");
        assertThat(READER.readText(toc + body, "toc.txt").notes()).extracting(ReadNote::code).doesNotContain("MISSING_TOC_ENTRY");
        // another table's title, qualified: not this entry
        String other = BODY.replace("第二部分 名词解释\n", "一般公共预算基本支出预算表（经济科目）\n科目编码\t科目名称\t金额\n第二部分 名词解释\n");
        assertThat(READER.readText(toc + other, "toc.txt").notes()).filteredOn(n -> n.code().equals("MISSING_TOC_ENTRY"))
                .extracting(ReadNote::message).containsExactly("目录列出的“四、财政拨款基本支出预算表”在正文中未找到");
    }
}
