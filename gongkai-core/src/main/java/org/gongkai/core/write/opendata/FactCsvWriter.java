package org.gongkai.core.write.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.CodeTree;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FactSource;

/**
 * The facts of a disclosure as one CSV table, a row per fact: who and which year, the dimensions
 * (codes with their names), the amount as an exact decimal with its unit, and the tables that
 * print it. RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so that Excel
 * shows the Chinese; a dimension a fact is not broken down by is an empty field. Columns:
 * {@link #COLUMNS}. Example row:
 * <pre>柳林县人力资源和社会保障局,2024,预算,单位,2080101,行政运行,,,,,GENERAL_BUDGET,一般公共预算,CURRENT,当年,BASIC,基本支出,,,133.70,万元,1337000,行政运行,T5</pre>
 */
public final class FactCsvWriter {

    /** The columns, in order; {@code datapackage.json} describes each. */
    public static final List<String> COLUMNS = List.of("unit_name", "year", "kind", "level",
            "function_code", "function_name", "economic_code", "economic_name",
            "government_economic_code", "government_economic_name",
            "source", "source_name", "period", "period_name", "spending", "spending_name",
            "project", "item", "amount", "amount_unit", "amount_yuan", "label", "tables");

    private FactCsvWriter() {
    }

    /**
     * The column a table of several disclosures' facts adds after {@link #COLUMNS}: the file each
     * row was read from (two files of one unit and year stay apart).
     */
    public static final String FILE_COLUMN = "file";

    /** The CSV text, byte-order mark first. */
    public static String write(Disclosure d) {
        return write(d, Classifications.bundled());
    }

    static String write(Disclosure d, Classifications codes) {
        StringBuilder b = new StringBuilder(256 + d.facts().size() * 160);
        b.append('\uFEFF');
        row(b, COLUMNS.toArray(String[]::new));
        rows(b, d, codes, null);
        return b.toString();
    }

    /**
     * The start of a table of many disclosures' facts: the byte-order mark and the header, {@link
     * #COLUMNS} then {@link #FILE_COLUMN}. Each disclosure's rows follow ({@link #rowsOf}).
     */
    public static String header() {
        StringBuilder b = new StringBuilder(512);
        b.append('\uFEFF');
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add(FILE_COLUMN);
        row(b, columns.toArray(String[]::new));
        return b.toString();
    }

    /** One disclosure's rows for the table {@link #header} starts, each ending with {@code file}. */
    public static String rowsOf(Disclosure d, String file) {
        StringBuilder b = new StringBuilder(d.facts().size() * 180);
        rows(b, d, Classifications.bundled(), file);
        return b.toString();
    }

    private static void rows(StringBuilder b, Disclosure d, Classifications codes, String file) {
        DisclosureMetadata m = d.metadata();
        String unit = m.unitName() == null ? "" : m.unitName();
        String year = m.year() > 0 ? String.valueOf(m.year()) : "";
        String kind = m.kind() == null ? "" : m.kind().label();
        String level = m.level() == null ? "" : m.level().label();
        for (Fact f : d.facts().facts()) {
            FactKey k = f.key();
            Set<String> tables = new LinkedHashSet<>();
            for (FactSource s : f.sources()) {
                tables.add(s.table());
            }
            String[] fields = {unit, year, kind, level,
                    nz(k.function()), name(codes.functional(), k.function()),
                    nz(k.economic()), name(codes.departmentEconomic(), k.economic()),
                    nz(k.governmentEconomic()), name(codes.governmentEconomic(), k.governmentEconomic()),
                    k.source() == null ? "" : k.source().name(), k.source() == null ? "" : k.source().label(),
                    k.period() == null ? "" : k.period().name(), k.period() == null ? "" : k.period().label(),
                    k.spending() == null ? "" : k.spending().name(), k.spending() == null ? "" : k.spending().label(),
                    nz(k.project()), nz(k.item()),
                    f.amount().plain(), f.amount().unit().label(), f.amount().yuan().stripTrailingZeros().toPlainString(),
                    nz(f.label()), String.join(" ", tables), file};
            row(b, file == null ? Arrays.copyOf(fields, fields.length - 1) : fields);
        }
    }

    private static String name(CodeTree tree, String code) {
        if (code == null) {
            return "";
        }
        return tree.find(code).map(ClassificationCode::name).orElse("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            field(b, fields[i]);
        }
        b.append("\r\n");
    }

    /** A field, quoted when it holds a comma, a quote or a line break. */
    static void field(StringBuilder b, String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }
}
