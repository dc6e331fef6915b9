package org.gongkai.core.check.document;

import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PublishedAmount;
import org.gongkai.core.model.PublishedTable;
import org.gongkai.core.model.TableEntry;
import org.gongkai.core.model.TableRow;

/**
 * An empty table says so, and only an empty table does: "注：本表无数据" under a table without
 * figures, never under one with figures, and never a note about another table's subject (a note
 * on 政府性基金 copied under the 国有资本经营 table).
 */
@RuleSpec(id = "DOC-002", severity = Severity.ERROR, category = Category.COMPLETENESS,
        title = "空表注明无数据且说明正确",
        message = "{table}{problem}",
        description = "没有数据的表应注明（表下注明或表内写明，如“注：本表无数据”“此表为空”，或“本单位无政府性基金预算收入”这样说明本表所列收支为无）；有数据的表不应有此类说明；"
                + "说明所讲的收支（政府性基金、国有资本经营、“三公”经费……）应是本表的，不是从别的表复制来的。金额全为0视同无数据。")
public final class EmptyNoteRule implements Rule {

    /** A note that says the whole table is empty. */
    private static final Pattern WHOLE = Pattern.compile("[本此该]表[^，。；]{0,6}(无|没有|为空|空表)|无数据|无相关收支|空表");
    /** A note that says the unit has none of something. */
    private static final Pattern ABSENT = Pattern.compile("无|没有|未安排|不涉及");
    private static final String[] SUBJECTS = {"政府性基金", "国有资本经营", "三公", "机关运行经费", "上年结转", "项目支出", "政府采购"};

    @Override
    public void check(Disclosure d, RuleRun run) {
        if (d.tables().isEmpty()) {
            run.couldNotRun("未读到表格");
            return;
        }
        Tables tables = Tables.of(d, run);
        String expected = tables.template() == null || tables.template().emptyNote() == null ? "注：本表无数据" : tables.template().emptyNote();
        for (PublishedTable t : d.tables()) {
            boolean empty = noFigures(t);
            String note = emptyNote(t, empty);
            String title = t.title() == null ? "" : t.title();
            boolean whole = !note.isEmpty() && (WHOLE.matcher(note).find() || note.equals(expected));
            boolean absent = ABSENT.matcher(note).find();
            boolean ownSubject = absent && !noSubjectOf(title, note);
            String other = absent ? otherSubject(title, note) : null;
            Location at = Location.cell(tables.name(t.id()), null, null, t.position());
            String name = tables.name(t.id());
            if (other != null && !ownSubject && (empty || whole)) {
                report(run, at, name, expected, note, "的说明“" + note + "”讲的是" + other + "，不是本表的内容，疑为从别的表复制");
            } else if (empty && !whole && !ownSubject) {
                report(run, at, name, expected, note.isEmpty() ? "（无说明）" : note, "没有数据，但未注明（应如“" + expected + "”）");
            } else if (!empty && (whole || ownSubject)) {
                report(run, at, name, "（无此说明）", note, "有数据，却注明“" + note + "”");
            }
        }
    }

    /** The note under the table, or in a table without figures a body row that says it is empty ("此表为空" printed in the grid). */
    private static String emptyNote(PublishedTable t, boolean empty) {
        String note = t.note() == null ? "" : t.note().strip();
        if (!empty || WHOLE.matcher(note).find()) {
            return note;
        }
        for (TableRow r : t.rows()) {
            StringBuilder text = new StringBuilder();
            r.cells().forEach(c -> text.append(c.text().strip()));
            if (text.length() <= 30 && WHOLE.matcher(text).find()) {
                return text.toString();
            }
        }
        return note;
    }

    /** The first subject the note names that the title does not. */
    private static String otherSubject(String title, String note) {
        for (String s : SUBJECTS) {
            if (note.contains(s) && !title.contains(s)) {
                return s;
            }
        }
        return null;
    }

    /** True when the note names none of the subjects in the title. */
    private static boolean noSubjectOf(String title, String note) {
        for (String s : SUBJECTS) {
            if (title.contains(s) && note.contains(s)) {
                return false;
            }
        }
        return true;
    }

    private static void report(RuleRun run, Location at, String table, String expected, String actual, String problem) {
        run.report(Severity.ERROR, at, expected, actual, null, "table", table, "problem", problem);
    }

    /** No figure, or only zeros. */
    static boolean noFigures(PublishedTable t) {
        for (TableEntry e : t.entries()) {
            for (PublishedAmount a : e.amounts().values()) {
                if (!a.money().isZero()) {
                    return false;
                }
            }
        }
        return true;
    }
}
