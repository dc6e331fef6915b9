package org.gongkai.core.write.opendata;

import java.util.List;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.SourceInfo;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Fiscal Data Package descriptor ({@code datapackage.json}, Open Knowledge's
 * fiscal-data-package profile, version 1.0) of the facts CSV written by {@link FactCsvWriter}:
 * the table's schema (every column typed and described in Chinese and English) and the fiscal
 * model that maps our dimensions onto the standard's: the measure {@code amount_yuan} in CNY
 * (budget direction expenditure, phase approved or executed), and the dimensions function
 * (functional classification), economic and government economic (economic classification),
 * source (funding source), period (current year or carried over), spending type, project, item,
 * and the publishing unit (administrative). Example:
 * {@code {"profile": "fiscal-data-package", "name": "柳林县人力资源和社会保障局-2024-预算", ...}}.
 */
public final class FiscalDataPackageWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FiscalDataPackageWriter() {
    }

    /** The descriptor of {@code d}'s facts, written to the CSV file {@code csvPath} beside it. */
    public static String write(Disclosure d, String csvPath) {
        return JSON.writeValueAsString(descriptor(d, csvPath));
    }

    static ObjectNode descriptor(Disclosure d, String csvPath) {
        DisclosureMetadata m = d.metadata();
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "fiscal-data-package");
        root.put("name", name(m));
        root.put("title", (m.unitName() == null ? "" : m.unitName()) + (m.year() > 0 ? m.year() + "年" : "")
                + (m.kind() == null ? "" : m.kind().label()) + "公开数据");
        root.put("countryCode", "CN");
        if (m.year() > 0) {
            ObjectNode period = root.putObject("fiscalPeriod");
            period.put("start", m.year() + "-01-01");
            period.put("end", m.year() + "-12-31");
        }
        if (m.region() != null) {
            root.put("region", m.region());
        }
        ArrayNode sources = root.putArray("sources");
        if (d.source() != null && d.source().fileName() != null) {
            sources.addObject().put("title", d.source().fileName());
        }
        for (SourceInfo c : d.companions()) {
            sources.addObject().put("title", c.fileName());
        }
        ArrayNode resources = root.putArray("resources");
        ObjectNode res = resources.addObject();
        res.put("name", "facts");
        res.put("path", csvPath);
        res.put("format", "csv");
        res.put("mediatype", "text/csv");
        res.put("encoding", "utf-8-sig");
        ObjectNode schema = res.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        field(fields, "unit_name", "string", "单位名称 (publishing unit)");
        field(fields, "year", "integer", "预算年度 (fiscal year)");
        field(fields, "kind", "string", "预算或决算 (budget or final accounts)");
        field(fields, "level", "string", "单位或部门 (unit or department)");
        field(fields, "function_code", "string", "支出功能分类科目编码 (functional classification code)");
        field(fields, "function_name", "string", "支出功能分类科目名称");
        field(fields, "economic_code", "string", "部门预算支出经济分类科目编码 (departmental economic classification code)");
        field(fields, "economic_name", "string", "部门预算支出经济分类科目名称");
        field(fields, "government_economic_code", "string", "政府预算支出经济分类科目编码 (government economic classification code)");
        field(fields, "government_economic_name", "string", "政府预算支出经济分类科目名称");
        field(fields, "source", "string", "资金来源 (funding source): GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, SPECIAL_ACCOUNT, UNIT_FUNDS");
        field(fields, "source_name", "string", "资金来源名称");
        field(fields, "period", "string", "当年或上年结转 (CURRENT or CARRY_OVER)");
        field(fields, "period_name", "string", "期间名称");
        field(fields, "spending", "string", "支出类型 (BASIC, PERSONNEL, PUBLIC, PROJECT, RESERVE)");
        field(fields, "spending_name", "string", "支出类型名称");
        field(fields, "project", "string", "项目名称 (project)");
        field(fields, "item", "string", "科目外的具名项目，如“公务接待费” (a named line outside the classifications)");
        field(fields, "amount", "number", "金额，按公开的单位 (amount in the published unit, exact decimal)");
        field(fields, "amount_unit", "string", "金额单位：万元或元 (unit of amount)");
        field(fields, "amount_yuan", "number", "金额（元） (amount in yuan)");
        field(fields, "label", "string", "公开表格中的行名称 (row label as published)");
        field(fields, "tables", "string", "刊载该数的表格（模板表号，空格分隔）(tables printing it)");

        ObjectNode model = root.putObject("model");
        ObjectNode measures = model.putObject("measures");
        ObjectNode amount = measures.putObject("amount");
        amount.put("source", "amount_yuan");
        amount.put("currency", "CNY");
        amount.put("direction", "expenditure");
        amount.put("phase", m.kind() == DisclosureKind.FINAL_ACCOUNTS ? "executed" : "approved");
        ObjectNode dims = model.putObject("dimensions");
        classification(dims, "function", "functional", "function_code", "function_name");
        classification(dims, "economic", "economic", "economic_code", "economic_name");
        classification(dims, "government_economic", "economic", "government_economic_code", "government_economic_name");
        coded(dims, "source", "fact", "source", "source_name");
        coded(dims, "period", "other", "period", "period_name");
        coded(dims, "spending", "classification", "spending", "spending_name");
        single(dims, "project", "activity", "project");
        single(dims, "item", "other", "item");
        single(dims, "unit", "entity", "unit_name");
        single(dims, "year", "datetime", "year");
        return root;
    }

    /** "柳林县人力资源和社会保障局-2024-预算": the package's name, from who, when and what. */
    static String name(DisclosureMetadata m) {
        StringBuilder b = new StringBuilder();
        b.append(m.unitName() == null ? "disclosure" : m.unitName());
        if (m.year() > 0) {
            b.append('-').append(m.year());
        }
        if (m.kind() != null) {
            b.append('-').append(m.kind().label());
        }
        return b.toString().replaceAll("[\\s/\\\\]+", "-");
    }

    private static void field(ArrayNode fields, String name, String type, String description) {
        ObjectNode f = fields.addObject();
        f.put("name", name);
        f.put("type", type);
        if (type.equals("number")) {
            f.put("decimalChar", ".");
        }
        f.put("description", description);
    }

    private static void classification(ObjectNode dims, String name, String classificationType, String code, String label) {
        ObjectNode d = coded(dims, name, "classification", code, label);
        d.put("classificationType", classificationType);
    }

    private static ObjectNode coded(ObjectNode dims, String name, String type, String code, String label) {
        ObjectNode d = dims.putObject(name);
        d.put("dimensionType", type);
        ObjectNode attrs = d.putObject("attributes");
        attrs.putObject("code").put("source", code);
        attrs.putObject("name").put("source", label).put("labelfor", "code");
        d.putArray("primaryKey").add("code");
        return d;
    }

    private static void single(ObjectNode dims, String name, String type, String column) {
        ObjectNode d = dims.putObject(name);
        d.put("dimensionType", type);
        d.putObject("attributes").putObject(name).put("source", column);
        d.set("primaryKey", JSON.createArrayNode().add(name));
    }

    /** The columns the descriptor describes: the CSV's, in order (a test holds the two together). */
    static List<String> describedColumns(ObjectNode descriptor) {
        List<String> out = new java.util.ArrayList<>();
        descriptor.get("resources").get(0).get("schema").get("fields").forEach(f -> out.add(f.get("name").asText()));
        return out;
    }
}
