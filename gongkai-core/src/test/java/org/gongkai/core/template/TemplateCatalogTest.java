package org.gongkai.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every bundled template is well formed: unique ids, totals that name real columns and lines. */
class TemplateCatalogTest {

    @Test
    void bundledTemplatesAreWellFormed() {
        TemplateCatalog c = TemplateCatalog.bundled();
        assertThat(c.templates()).extracting(Template::id).contains("shanxi-unit-budget-2024");
        for (Template t : c.templates()) {
            Set<String> ids = new HashSet<>();
            Set<Integer> numbers = new HashSet<>();
            for (TableTemplate table : t.tables()) {
                assertThat(ids.add(table.id())).as(t.id() + " " + table.id()).isTrue();
                assertThat(numbers.add(table.number())).as(t.id() + " " + table.id()).isTrue();
                assertThat(table.blocks()).as(table.id()).isNotEmpty();
                for (BlockTemplate b : table.blocks()) {
                    Set<String> cols = new HashSet<>();
                    for (ColumnTemplate col : b.columns()) {
                        assertThat(cols.add(col.id())).as(table.id() + "." + col.id()).isTrue();
                        assertThat(col.headers()).as(table.id() + "." + col.id()).isNotEmpty();
                    }
                    for (ColumnTemplate col : b.columns()) {
                        assertThat(cols).as(table.id() + "." + col.id() + " sums").containsAll(col.sumOf());
                    }
                    Set<String> lines = new HashSet<>();
                    b.lines().forEach(l -> lines.add(l.id()));
                    for (LineTemplate l : b.lines()) {
                        assertThat(lines).as(table.id() + "." + l.id() + " sums").containsAll(l.sumOf());
                    }
                }
            }
        }
        Template shanxi = c.find("shanxi-unit-budget-2024").orElseThrow();
        assertThat(shanxi.tables()).hasSize(13);
        assertThat(shanxi.sections()).hasSize(12);
    }

    @Test
    void aTableIsNumberedAsItsSetPrintsIt() {
        TemplateCatalog c = TemplateCatalog.bundled();
        assertThat(c.find("shanxi-unit-budget-2024").orElseThrow().number(3)).isEqualTo("表三");
        assertThat(c.find("jiangsu-department-budget-2019").orElseThrow().number(3)).isEqualTo("公开03表");
        assertThat(Template.number("预算公开表{n}", 12)).isEqualTo("预算公开表12");
        assertThat(Template.number("公开表{cn}", 12)).isEqualTo("公开表十二");
        // every style of every bundled set is filled: no placeholder is left for a reader to see
        for (Template t : c.templates()) {
            for (String style : t.numbering()) {
                for (TableTemplate table : t.tables()) {
                    assertThat(Template.number(style, table.number())).as(t.id() + " " + style).doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void aTemplateWithATypoIsRefusedWithItsName() {
        String yaml = "id: x\nname: x\nkind: BUDGET\nlevel: UNIT\nunit: WAN_YUAN\ntables: []\ncolour: red\n";
        assertThatThrownBy(() -> TemplateCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x.yaml").hasMessageContaining("colour");
    }

    @Test
    void anIdentityNamingACellTheSetDoesNotHaveIsRefused() {
        String head = "id: x\nname: x\nkind: BUDGET\nlevel: UNIT\nunit: YUAN\n"
                + "tables:\n  - {id: T1, number: 1, title: 收入表, blocks: [{id: main, rows: CODES, columns: [{id: total, label: 合计}]}]}\n"
                + "  - {id: T2, number: 2, title: 支出表, blocks: [{id: main, rows: CODES, columns: [{id: total, label: 合计}]}]}\n";
        Template good = read(head + "identities:\n  - {cell: T2/main/合计/total, equals: [T1/main/合计/total]}\n");
        assertThat(good.identities()).singleElement().satisfies(i -> {
            assertThat(i.cell()).isEqualTo(new CellRef("T2", "main", "合计", "total"));
            assertThat(i.equals()).containsExactly(new CellRef("T1", "main", "合计", "total"));
        });
        assertThatThrownBy(() -> read(head + "identities:\n  - {cell: T2/main/合计/totl, equals: [T1/main/合计/total]}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identities[0].cell").hasMessageContaining("没有列“totl”");
        assertThatThrownBy(() -> read(head + "identities:\n  - {cell: T2/main/合计/total, equals: [T3/main/合计/total]}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identities[0].equals[0]").hasMessageContaining("没有表“T3”");
        assertThatThrownBy(() -> read(head + "identities:\n  - {cell: T2/main/总计/total, equals: [T1/main/合计/total]}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("没有行“总计”（可用：合计或科目编码）");
        assertThat(read(head + "identities:\n  - {cell: T2/main/208/total, equals: [T1/main/208/total]}\n").identities()).hasSize(1);
        assertThatThrownBy(() -> read(head + "identities:\n  - {cell: T2/合计/total, equals: [T1/main/合计/total]}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("应写作 表/区块/行/列");
        assertThatThrownBy(() -> read(head + "identities:\n  - {cell: T2/main/合计/total, equals: []}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identities[0].equals");
    }

    private static Template read(String yaml) {
        return TemplateCatalog.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml");
    }
}
