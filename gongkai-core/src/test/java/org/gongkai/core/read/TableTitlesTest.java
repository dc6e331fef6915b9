package org.gongkai.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

/**
 * Table titles as documents print them; here the ones numbered as a list's items, led by the year
 * and the body's name (省法院2018年度部门预算公开.pdf), and what looks like them and is not a title.
 */
class TableTitlesTest {

    private static final TableTitles TITLES = new TableTitles(TemplateCatalog.bundled());

    private static List<String> tables(String line) {
        return TITLES.match(line).stream().filter(m -> m.template().id().equals("jiangsu-department-budget-2019"))
                .map(m -> m.table().id()).toList();
    }

    @Test
    void aTitleAfterAListNumberTheYearAndTheBodysNameIsTheTable() {
        assertThat(tables("一、2018 年度江苏省高级人民法院收支预算总表")).containsExactly("T1");
        assertThat(tables("九、2018 年江苏省高级人民法院“三公”经费、会议费、培训费支出预算表")).containsExactly("T9");
        assertThat(tables("十一、2018 年度江苏省高级人民法院一般公共预算机关运行经费支出预算表")).containsExactly("T11");
        assertThat(TITLES.match("一、2018 年度江苏省高级人民法院收支预算总表").get(0).year()).isEqualTo(2018);
        // the body's name alone before the title, and the title as the templates print it
        assertThat(tables("江苏省高级人民法院收支预算总表")).containsExactly("T1");
        // 省法院2017年度部门预算公开.pdf: 部门 between the name and the title
        assertThat(tables("一、2017 年度江苏省高级人民法院部门收支预算总表")).containsExactly("T1");
        assertThat(tables("五、2017 年度江苏省高级人民法院部门财政拨款支出预算表")).containsExactly("T5");
        assertThat(tables("详见部门收支预算总表")).isEmpty();
        assertThat(tables("江苏省高级人民法院部门收支预算总表说明")).isEmpty();
        assertThat(tables("收支预算总表")).containsExactly("T1");
    }

    @Test
    void wordsBeforeATitleThatAreNoBodysNameMakeNoTitle() {
        // a list item's number alone is a title too ("一、收支预算总表"); whether it heads a table or
        // an item of a list of the tables is told by what follows it (DocumentReader)
        assertThat(tables("一、收支预算总表")).containsExactly("T1");
        assertThat(tables("详见收支预算总表")).isEmpty();
        assertThat(tables("附件：江苏省高级人民法院收支预算总表")).isEmpty();
        assertThat(tables("江苏省高级人民法院收支预算总表情况说明")).isEmpty();
    }
}
