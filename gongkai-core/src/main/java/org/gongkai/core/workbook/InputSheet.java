package org.gongkai.core.workbook;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.narrative.Quantity;

/**
 * The input workbook's layout, one constant per sheet: its name, its instructions in Chinese, its
 * columns (found by header when read, so reordered columns still read) and, for a list sheet, its
 * items. The writer and the reader both work from here.
 * Example: {@code InputSheet.FUNDS} is 收支预算, one row per 功能分类 项 code × 支出类型 with the
 * amounts of each source for the year and carried over.
 */
public enum InputSheet {

    INSTRUCTIONS("填报说明", false, """
            本工作簿用于填报单位预算公开所需的全部数据，gongkai 据此生成 13 张公开表、情况说明和各种格式的公开文件。
            1. 每个工作表第 1 行是填报要求，第 2 行是表头，从第 3 行起填写；请勿修改表头文字、工作表名称，可以调整列的顺序、增加行。
            2. 金额单位默认为万元，保留两位小数；“单位概况”中“金额单位”可改为元。绩效目标表的资金一律以元填写。
            3. 带下拉箭头的单元格请从列表中选择；编码请按文本填写（如 2080101），不要带空格。
            4. 表头有红色三角的单元格附有填写说明，鼠标停留即可查看。
            5. 没有的项目留空即可，不必填 0；一张表全部为空时，生成的公开表会注明“本表无数据”。
            6. 填好后交 gongkai 读取；发现的问题会指明工作表和单元格（如“收支预算!D12”），改正后重新读取即可。""",
            List.of(), List.of(), 0),

    PROFILE("单位概况", true, """
            按“项目”逐行填写单位基本情况。可重复的项目（职责、内设机构、下属单位、机构变动情况、人员类别、人员变动原因）\
            每条占一行：在下方插入行，A 列选择相同的项目名称。人员类别在 B 列填类别（如 行政公务员），C 列填人数。""",
            List.of(InputColumn.text(H.ITEM, 22), InputColumn.text(H.CONTENT, 90), InputColumn.integer(H.PEOPLE)),
            List.of(
                    InputField.of("文件标题", ColumnKind.TEXT).comment("公开文件的标题，如：2024年度单位预算公开"),
                    InputField.of("单位名称", ColumnKind.TEXT).asRequired(),
                    InputField.of("主管部门名称", ColumnKind.TEXT),
                    InputField.of("主管部门代码", ColumnKind.CODE).comment("预算管理系统中的部门编码，如 051，按文本填写"),
                    InputField.of("行政区划", ColumnKind.TEXT).comment("如：柳林县"),
                    InputField.of("所属省份", ColumnKind.TEXT).comment("如：山西省"),
                    InputField.of("预算年度", ColumnKind.INTEGER).asRequired(),
                    InputField.choice("公开类型", "预算", "决算"),
                    InputField.choice("公开层级", "单位", "部门"),
                    InputField.choice("金额单位", "万元", "元").comment("除绩效目标表（元）外，本工作簿所有金额的单位；默认万元"),
                    InputField.of("批复日期", ColumnKind.DATE),
                    InputField.of("公开日期", ColumnKind.DATE),
                    InputField.of("职责", ColumnKind.TEXT).asRepeatable().comment("每条职责一行，不写序号"),
                    InputField.of("内设机构数量", ColumnKind.INTEGER).comment("如“内设8个职能股室”填 8"),
                    InputField.of("内设机构", ColumnKind.TEXT).asRepeatable(),
                    InputField.of("下属单位", ColumnKind.TEXT).asRepeatable(),
                    InputField.of("机构变动情况", ColumnKind.TEXT).asRepeatable().comment("如：2024年无变动。"),
                    InputField.of("人员总数", ColumnKind.INTEGER),
                    InputField.of("人员类别", ColumnKind.TEXT).asRepeatable().comment("B 列填类别（行政公务员、事业人员、政府购买服务人员等），C 列填人数"),
                    InputField.of("人员增减", ColumnKind.INTEGER).comment("与对比年度相比增加的人数，减少填负数，如 -3"),
                    InputField.of("对比年度", ColumnKind.INTEGER).comment("人员增减所比较的年度，通常为上一年"),
                    InputField.of("人员变动原因", ColumnKind.TEXT).asRepeatable()),
            0),

    FUNDS("收支预算", true, """
            每行一个支出功能分类“项”级科目（7位编码）和一种支出类型（基本支出或项目支出）。金额按资金来源分列：\
            当年预算安排五列，上年结转三列。同一科目既有基本支出又有项目支出时填两行。""",
            List.of(InputColumn.code(H.FUNCTION_CODE, H.LIST_FUNCTIONAL).asRequired()
                            .comment("支出功能分类科目编码，填到项级（7位），如 2080101；可从下拉列表选择。"),
                    InputColumn.text(H.FUNCTION_NAME, 28).comment("可不填：按编码自动取科目名称"),
                    InputColumn.choice(H.SPENDING, "基本支出", "项目支出").asRequired()
                            .comment("基本支出＝人员经费＋公用经费；其余为项目支出"),
                    InputColumn.money("当年一般公共预算"),
                    InputColumn.money("当年政府性基金预算"),
                    InputColumn.money("当年国有资本经营预算"),
                    InputColumn.money("当年财政专户管理资金"),
                    InputColumn.money("当年单位资金").comment("事业收入、经营收入、其他收入等"),
                    InputColumn.money("上年结转一般公共预算").comment("以前年度安排、结转到本年继续使用的资金"),
                    InputColumn.money("上年结转政府性基金预算"),
                    InputColumn.money("上年结转国有资本经营预算")),
            List.of(), 300),

    ECONOMIC("基本支出经济分类", false, """
            一般公共预算等财政拨款安排的基本支出，按部门预算支出经济分类（款级，5位）和政府预算支出经济分类逐行填写，\
            注明人员经费或公用经费。各行合计应等于“收支预算”中当年的基本支出。""",
            List.of(InputColumn.code(H.ECONOMIC_CODE, H.LIST_DEPARTMENT_ECONOMIC).asRequired()
                            .comment("部门预算支出经济分类款级编码，如 30101 基本工资"),
                    InputColumn.text(H.ECONOMIC_NAME, 22),
                    InputColumn.code(H.GOVERNMENT_ECONOMIC_CODE, H.LIST_GOVERNMENT_ECONOMIC)
                            .comment("对应的政府预算支出经济分类编码，如 50101 工资奖金津补贴"),
                    InputColumn.text(H.GOVERNMENT_ECONOMIC_NAME, 22),
                    InputColumn.choice(H.BASIC_KIND, "人员经费", "公用经费").asRequired(),
                    InputColumn.money("一般公共预算"),
                    InputColumn.money("政府性基金预算"),
                    InputColumn.money("国有资本经营预算")),
            List.of(), 200),

    THREE_PUBLIC("三公经费", false, """
            财政拨款安排的“三公”经费和机关运行经费（当年预算）。“三公”经费四项按资金来源填写；机关运行经费是行政单位和\
            参公事业单位公用经费中的财政拨款部分，只作说明用，不计入“三公”经费。""",
            List.of(InputColumn.choice(H.ITEM, "因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费",
                            H.OPERATING_COSTS).asRequired().width(22),
                    InputColumn.money("一般公共预算"),
                    InputColumn.money("政府性基金预算"),
                    InputColumn.money("国有资本经营预算")),
            List.of(), 20),

    PROJECTS("项目", false, """
            每行一个项目：本年预算安排的项目选“本年”，以前年度结转的项目选“上年结转”。项目名称与“绩效目标”中的一致。""",
            List.of(InputColumn.text(H.PROJECT, 50).asRequired(),
                    InputColumn.choice(H.PERIOD, H.CURRENT, H.CARRY_OVER).asRequired(),
                    InputColumn.money("一般公共预算"),
                    InputColumn.money("政府性基金预算"),
                    InputColumn.money("国有资本经营预算"),
                    InputColumn.money("财政专户管理资金"),
                    InputColumn.money("单位资金")),
            List.of(), 300),

    TARGETS("绩效目标", false, """
            每行一张项目支出绩效目标表。资金以元填写（整数）。绩效指标在“绩效指标”表逐条填写。""",
            List.of(InputColumn.text(H.PROJECT, 40).asRequired(),
                    InputColumn.text("表名", 30).comment("如：柳林县县(区)级预算部门(单位)项目支出绩效目标表"),
                    InputColumn.integer("年度"),
                    InputColumn.code("主管部门代码", null),
                    InputColumn.text("主管部门", 28),
                    InputColumn.text("实施单位", 28),
                    InputColumn.text("项目属性", 20).suggesting(List.of("一次性项目(1年结束)", "经常性项目(长期开展)", "延续性项目(1年以上)")),
                    InputColumn.text("项目期", 10),
                    InputColumn.money("实施期资金总额").comment("单位：元"),
                    InputColumn.money("实施期中央财政资金"),
                    InputColumn.money("实施期省级财政资金"),
                    InputColumn.money("实施期市县(区)财政资金"),
                    InputColumn.money("实施期单位自筹"),
                    InputColumn.money("实施期其他资金"),
                    InputColumn.money("年度资金总额").comment("单位：元；应等于“项目”表中本项目本年金额×10000"),
                    InputColumn.money("年度中央财政资金"),
                    InputColumn.money("年度省级财政资金"),
                    InputColumn.money("年度市县(区)财政资金"),
                    InputColumn.money("年度单位自筹"),
                    InputColumn.money("年度其他资金"),
                    InputColumn.text("项目概况", 40),
                    InputColumn.text("立项依据", 30),
                    InputColumn.text("项目设立必要性", 30),
                    InputColumn.text("保证项目实施的制度、措施", 30),
                    InputColumn.text("项目实施计划", 30),
                    InputColumn.text("实施期目标", 40),
                    InputColumn.text("年度目标", 40),
                    InputColumn.text("负责人", 10),
                    InputColumn.text("经办人", 10),
                    InputColumn.text("联系电话", 14),
                    InputColumn.date("填报日期").comment("如 2024-04-29；系统导出的 20240429172924 也可")),
            List.of(), 100),

    INDICATORS("绩效指标", false, """
            每行一个三级指标。期间选“实施期”或“年度”；二级指标下暂无指标时，可只填一级、二级指标，三级指标留空。""",
            List.of(InputColumn.text(H.PROJECT, 40).asRequired(),
                    InputColumn.choice(H.TERM, H.IMPLEMENTATION, H.ANNUAL).asRequired(),
                    InputColumn.text(H.LEVEL1, 12).asRequired().suggesting(List.of("产出指标", "效益指标", "满意度指标")),
                    InputColumn.text(H.LEVEL2, 16).suggesting(List.of("数量指标", "质量指标", "时效指标", "成本指标",
                            "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标")),
                    InputColumn.text(H.LEVEL3, 30),
                    InputColumn.text(H.TARGET_VALUE, 24).comment("如 ≥320000人、≥98%、及时")),
            List.of(), 1000),

    PROCUREMENT("政府采购", false, "当年政府采购预算，按货物、工程、服务分列；总额应等于三者之和。",
            List.of(InputColumn.text(H.ITEM, 22), InputColumn.money(H.AMOUNT)),
            List.of(InputField.of("政府采购预算总额", ColumnKind.MONEY), InputField.of("货物", ColumnKind.MONEY),
                    InputField.of("工程", ColumnKind.MONEY), InputField.of("服务", ColumnKind.MONEY)),
            0),

    ASSETS("国有资产", false, "国有资产占有使用情况，按截至日期（通常为上年12月31日）的实际数填写。",
            List.of(InputColumn.text(H.ITEM, 30), InputColumn.text(H.VALUE, 16)),
            List.of(InputField.of("截至日期", ColumnKind.DATE),
                    InputField.of("公务用车编制（辆）", ColumnKind.INTEGER),
                    InputField.of("公务用车实有（辆）", ColumnKind.INTEGER),
                    InputField.of("领导用车（辆）", ColumnKind.INTEGER),
                    InputField.of("机要通信用车（辆）", ColumnKind.INTEGER),
                    InputField.of("应急保障用车（辆）", ColumnKind.INTEGER),
                    InputField.of("执法执勤用车（辆）", ColumnKind.INTEGER),
                    InputField.of("特种专业技术用车（辆）", ColumnKind.INTEGER),
                    InputField.of("事业单位业务用车（辆）", ColumnKind.INTEGER),
                    InputField.of("其他公务用车（辆）", ColumnKind.INTEGER),
                    InputField.of("办公用房建筑总面积（平方米）", ColumnKind.DECIMAL),
                    InputField.of("单价50万元以上通用设备（台/套）", ColumnKind.INTEGER),
                    InputField.of("单价100万元以上通用设备（台/套）", ColumnKind.INTEGER)),
            0),

    PRIOR("上年数", false, """
            上年预算数，用于情况说明中的增减变动。每行一个事项；也可在“事项”列填功能分类项级编码，给出该科目的上年数。""",
            List.of(InputColumn.text(H.SUBJECT, 24).asRequired().comment("事项名称（从下拉列表选择）或 7 位功能分类编码"),
                    InputColumn.text(H.NAME, 24),
                    InputColumn.money(H.PRIOR_AMOUNT)),
            List.of(), 60),

    REASONS("变动原因", false, """
            每个变动事项的原因。原因可以是文字，也可以是一组对比数（对比事项、上年金额、本年金额），gongkai 据此写出\
            “主要原因是……比上年减少……”；同一事项有多组对比数时填多行。""",
            List.of(InputColumn.text(H.SUBJECT, 24).asRequired().comment("事项名称（从下拉列表选择）或 7 位功能分类编码"),
                    InputColumn.text(H.REASON, 50).comment("不写“主要原因是”，句末不加句号"),
                    InputColumn.text(H.COMPARED, 30),
                    InputColumn.money(H.COMPARED_PRIOR),
                    InputColumn.money(H.COMPARED_CURRENT)),
            List.of(), 60),

    NOTES("说明", false, "情况说明“其他说明”中的文字；标题可增加。",
            List.of(InputColumn.text(H.HEADING, 26), InputColumn.text(H.CONTENT, 90)),
            List.of(InputField.of("政府购买服务指导性目录", ColumnKind.TEXT).comment("执行的政府购买服务指导性目录，如：按照2023年采购目录（柳财综（2023）482号）"),
                    InputField.of("其他", ColumnKind.TEXT).comment("无其他需要说明的情况时写：本单位无其他需要说明的相关情况"),
                    InputField.of(H.CATALOGUE_TITLE, ColumnKind.TEXT)),
            0),

    GLOSSARY("名词解释", false, "第四部分名词解释，每行一个名词。",
            List.of(InputColumn.text("序号", 8), InputColumn.text("名词", 20).asRequired(), InputColumn.text("解释", 100).asRequired()),
            List.of(), 60),

    CATALOGUE("购买服务目录", false, "附件：政府购买服务指导性目录，每行一个目录条目（A、A03、A0301、A030101 分别为一至四级）。",
            List.of(InputColumn.text("部门", 30).asRequired(), InputColumn.code("编码", null).asRequired(),
                    InputColumn.integer("级次").comment("1 一级目录 … 4 四级目录"), InputColumn.text(H.NAME, 40)),
            List.of(), 3000),

    COVERS("目录文件", false, "转发目录的文件（由外到内：县、市、省），正文各段以换行分隔。",
            List.of(InputColumn.text("发文机关", 20).asRequired(), InputColumn.text("文号", 20), InputColumn.text("标题", 50),
                    InputColumn.text("主送", 20), InputColumn.text("正文", 80), InputColumn.text("印发机关", 20),
                    InputColumn.text("印发日期", 20).comment("如：2023年9月15日印发")),
            List.of(), 10),

    CODES("代码表", false, "下拉列表所用的代码，请勿修改。", List.of(), List.of(), 0);

    /** Header texts and list names the writer and the reader share. */
    static final class H {
        static final String ITEM = "项目";
        static final String CONTENT = "内容";
        static final String PEOPLE = "人数";
        static final String VALUE = "数值";
        static final String AMOUNT = "金额";
        static final String FUNCTION_CODE = "功能分类科目编码";
        static final String FUNCTION_NAME = "功能分类科目名称";
        static final String SPENDING = "支出类型";
        static final String ECONOMIC_CODE = "部门经济科目编码";
        static final String ECONOMIC_NAME = "部门经济科目名称";
        static final String GOVERNMENT_ECONOMIC_CODE = "政府经济科目编码";
        static final String GOVERNMENT_ECONOMIC_NAME = "政府经济科目名称";
        static final String BASIC_KIND = "经费类型";
        static final String OPERATING_COSTS = "机关运行经费";
        static final String PROJECT = "项目名称";
        static final String PERIOD = "资金期间";
        static final String CURRENT = "本年";
        static final String CARRY_OVER = "上年结转";
        static final String TERM = "期间";
        static final String IMPLEMENTATION = "实施期";
        static final String ANNUAL = "年度";
        static final String LEVEL1 = "一级指标";
        static final String LEVEL2 = "二级指标";
        static final String LEVEL3 = "三级指标";
        static final String TARGET_VALUE = "指标值";
        static final String SUBJECT = "事项";
        static final String NAME = "名称";
        static final String PRIOR_AMOUNT = "上年金额";
        static final String REASON = "原因说明";
        static final String COMPARED = "对比事项";
        static final String COMPARED_PRIOR = "对比事项上年金额";
        static final String COMPARED_CURRENT = "对比事项本年金额";
        static final String HEADING = "标题";
        static final String CATALOGUE_TITLE = "购买服务目录标题";
        static final String LIST_FUNCTIONAL = "功能分类";
        static final String LIST_DEPARTMENT_ECONOMIC = "部门经济分类";
        static final String LIST_GOVERNMENT_ECONOMIC = "政府经济分类";
        static final String LIST_SUBJECTS = "事项";

        private H() {
        }
    }

    /** The 1-based row of the header; instructions are on row 1, data starts on the row after. */
    public static final int HEADER_ROW = 2;

    private final String sheetName;
    private final boolean required;
    private final String instructions;
    private final List<InputColumn> columns;
    private final List<InputField> fields;
    private final int rows;

    InputSheet(String sheetName, boolean required, String instructions, List<InputColumn> columns,
               List<InputField> fields, int rows) {
        this.sheetName = sheetName;
        this.required = required;
        this.instructions = instructions.strip();
        this.columns = columns;
        this.fields = fields;
        this.rows = rows;
    }

    /** The sheet's name in the workbook, e.g. "收支预算". */
    public String sheetName() {
        return sheetName;
    }

    /** True when a workbook without this sheet cannot be read. */
    public boolean required() {
        return required;
    }

    public String instructions() {
        return instructions;
    }

    public List<InputColumn> columns() {
        return columns;
    }

    /** The items of a list sheet, in order; empty for a table sheet. */
    public List<InputField> fields() {
        return fields;
    }

    /** True for a list sheet: one named item per row. */
    public boolean isList() {
        return !fields.isEmpty();
    }

    /** How many data rows the blank workbook validates (more may be added by copying a row). */
    public int rows() {
        return rows;
    }

    public Optional<InputColumn> column(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst();
    }

    public Optional<InputField> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** The names the 事项 column of 上年数 and 变动原因 accepts: each {@link Quantity}'s label. */
    public static List<String> subjects() {
        return java.util.Arrays.stream(Quantity.values()).map(Quantity::label).toList();
    }
}
