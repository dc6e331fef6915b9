package org.gongkai.core.write.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.read.DisclosureReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenDataWritersTest {

    private static Disclosure seed;

    @BeforeAll
    static void read() throws Exception {
        seed = DisclosureReader.withBundledTemplates().read(SharedFixtures.seedFile());
    }

    /** RFC 4180 records, for reading our own output back. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int i = csv.startsWith("\uFEFF") ? 1 : 0;
        for (; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                f.append(c);
            }
        }
        return rows;
    }

    @Test
    void everyFactIsARowWithItsExactAmountAndNames() {
        String csv = FactCsvWriter.write(seed);
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = parse(csv);
        assertThat(rows.get(0)).isEqualTo(FactCsvWriter.COLUMNS);
        assertThat(rows).hasSize(seed.facts().size() + 1);
        for (List<String> r : rows) {
            assertThat(r).hasSize(FactCsvWriter.COLUMNS.size());
        }
        int col = FactCsvWriter.COLUMNS.indexOf("function_code");
        List<String> adminBasic = rows.stream()
                .filter(r -> r.get(col).equals("2080101") && r.get(FactCsvWriter.COLUMNS.indexOf("source")).equals("GENERAL_BUDGET")
                        && r.get(FactCsvWriter.COLUMNS.indexOf("period")).equals("CURRENT")
                        && r.get(FactCsvWriter.COLUMNS.indexOf("spending")).equals("BASIC"))
                .findFirst().orElseThrow();
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("function_name"))).isEqualTo("行政运行");
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("amount"))).isEqualTo("133.70");
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("amount_unit"))).isEqualTo("万元");
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("amount_yuan"))).isEqualTo("1337000");
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("unit_name"))).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(adminBasic.get(FactCsvWriter.COLUMNS.indexOf("year"))).isEqualTo("2024");
    }

    @Test
    void theCsvSumsToWhatTheFactsSum() {
        // one grain at a time, as docs/open-data-format.md says: sum the amounts back per set of dimensions present
        List<List<String>> rows = parse(FactCsvWriter.write(seed));
        Map<String, BigDecimal> fromCsv = new HashMap<>();
        int amount = FactCsvWriter.COLUMNS.indexOf("amount_yuan");
        for (List<String> r : rows.subList(1, rows.size())) {
            fromCsv.merge(grain(r), new BigDecimal(r.get(amount)), BigDecimal::add);
        }
        Map<String, BigDecimal> fromFacts = new HashMap<>();
        for (Fact f : seed.facts().facts()) {
            fromFacts.merge(String.valueOf(f.key().grain()), f.amount().yuan(), BigDecimal::add);
        }
        assertThat(fromCsv.keySet()).isEqualTo(fromFacts.keySet());
        fromFacts.forEach((g, sum) -> assertThat(fromCsv.get(g)).as("grain %s", g).isEqualByComparingTo(sum));
    }

    private static String grain(List<String> r) {
        String[] dims = {"function_code", "economic_code", "government_economic_code", "source", "period", "spending", "project", "item"};
        int g = 0;
        for (int i = 0; i < dims.length; i++) {
            if (!r.get(FactCsvWriter.COLUMNS.indexOf(dims[i])).isEmpty()) {
                g |= 1 << i;
            }
        }
        return String.valueOf(g);
    }

    @Test
    void fieldsWithCommasQuotesOrBreaksAreQuoted() {
        StringBuilder b = new StringBuilder();
        FactCsvWriter.field(b, "就业补助资金-2024年中央,（柳财社【2024】41号）");
        b.append(',');
        FactCsvWriter.field(b, "他说\"好\"");
        b.append(',');
        FactCsvWriter.field(b, "行政运行");
        b.append("\r\n");
        assertThat(b.toString()).isEqualTo("\"就业补助资金-2024年中央,（柳财社【2024】41号）\",\"他说\"\"好\"\"\",行政运行\r\n");
        assertThat(parse(b.toString()).get(0)).containsExactly("就业补助资金-2024年中央,（柳财社【2024】41号）", "他说\"好\"", "行政运行");
    }

    @Test
    void theDescriptorDescribesEveryColumnAndMapsTheDimensions() throws Exception {
        String json = FiscalDataPackageWriter.write(seed, "facts.csv");
        JsonNode d = JsonMapper.builder().build().readTree(json);
        assertThat(d.get("profile").asString()).isEqualTo("fiscal-data-package");
        assertThat(d.get("name").asString()).isEqualTo("柳林县人力资源和社会保障局-2024-预算");
        assertThat(d.get("fiscalPeriod").get("start").asString()).isEqualTo("2024-01-01");
        assertThat(d.get("resources").get(0).get("path").asString()).isEqualTo("facts.csv");
        assertThat(FiscalDataPackageWriter.describedColumns((tools.jackson.databind.node.ObjectNode) d)).isEqualTo(FactCsvWriter.COLUMNS);
        JsonNode model = d.get("model");
        assertThat(model.get("measures").get("amount").get("currency").asString()).isEqualTo("CNY");
        assertThat(model.get("measures").get("amount").get("phase").asString()).isEqualTo("approved");
        assertThat(model.get("dimensions").get("function").get("classificationType").asString()).isEqualTo("functional");
        // every column the model points at is a column of the CSV
        List<String> sources = new ArrayList<>();
        sources.add(model.get("measures").get("amount").get("source").asString());
        model.get("dimensions").forEach(dim -> dim.get("attributes").forEach(a -> sources.add(a.get("source").asString())));
        assertThat(FactCsvWriter.COLUMNS).containsAll(sources);
        assertThat(sources).contains("function_code", "economic_code", "source", "period", "spending", "project");
    }
}
