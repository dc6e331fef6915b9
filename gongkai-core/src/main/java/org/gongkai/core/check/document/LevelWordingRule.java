package org.gongkai.core.check.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.check.Tables;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PublishedTable;

/**
 * A 单位 document speaks of 单位预算 and 本单位, a 部门 document of 部门预算 and 本部门: a unit's
 * document with "部门公开表9" or "本部门" was copied from a department's, or the other way round.
 */
@RuleSpec(id = "DOC-004", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "“部门”“单位”用词与文件层级一致",
        message = "本文件是{level}，{place}却写作“{word}”：“{text}”",
        description = "单位预算（决算）公开的标题、章节标题、表号、表题中不应出现“部门预算”“部门公开表”，情况说明中不应自称“本部门”；"
                + "部门预算（决算）公开反之。“部门（单位）”这样的并称和书名号《》内的文件名不计。")
public final class LevelWordingRule implements Rule {

    private static final Pattern DEPARTMENT_HEADING = Pattern.compile("部门(预算|决算|公开表)");
    private static final Pattern UNIT_HEADING = Pattern.compile("单位(预算|决算|公开表)");
    private static final Pattern DEPARTMENT_SELF = Pattern.compile("本部门");
    private static final Pattern UNIT_SELF = Pattern.compile("本单位");
    private static final Pattern TITLE_IN_QUOTES = Pattern.compile("《[^》]*》");

    @Override
    public void check(Disclosure d, RuleRun run) {
        DisclosureLevel level = d.metadata().level();
        if (level == null) {
            run.couldNotRun("未能判断文件是部门还是单位公开");
            return;
        }
        boolean unit = level == DisclosureLevel.UNIT;
        Pattern heading = unit ? DEPARTMENT_HEADING : UNIT_HEADING;
        Pattern self = unit ? DEPARTMENT_SELF : UNIT_SELF;
        // the words every match of the patterns holds: text without them is passed over unread
        String headingWord = unit ? "部门" : "单位";
        String selfWord = unit ? "本部门" : "本单位";
        String name = unit ? "单位公开" : "部门公开";
        Tables tables = Tables.of(d, run);
        if (d.metadata().title() != null) {
            find(run, heading, headingWord, d.metadata().title(), "标题", name, Location.at(null));
        }
        if (d.narrative().title() != null) {
            find(run, heading, headingWord, d.narrative().title(), "情况说明标题", name, Location.text(d.narrative().title(), null, null));
        }
        for (NarrativeSection s : d.narrative().sections()) {
            find(run, heading, headingWord, s.title(), "章节标题", name, Location.text(s.number() + "、" + s.title(), null, s.position()));
        }
        for (PublishedTable t : d.tables()) {
            Location at = Location.cell(tables.name(t.id()), null, null, t.position());
            if (t.number() != null) {
                find(run, heading, headingWord, t.number(), "表号", name, at);
            }
            if (t.title() != null) {
                find(run, heading, headingWord, t.title(), "表题", name, at);
            }
        }
        for (Passages.Passage p : Passages.of(d, run).prose()) {
            if (p.location().section() != null && !p.location().section().startsWith("第四部分")) {
                find(run, self, selfWord, p.text(), "正文", name, p.location());
            }
        }
    }

    /**
     * Reports the first match of {@code word} in {@code text} outside 《》 that is not a pairing
     * such as "部门（单位）". Every match holds {@code key} (and holds no 《 or 》, so it lies in the
     * text as printed): a text without the key, most of them, is not searched; a text without 《 has
     * no title to take out.
     */
    private static void find(RuleRun run, Pattern word, String key, String text, String place, String level, Location at) {
        if (!text.contains(key)) {
            return;
        }
        String plain = text.indexOf('《') < 0 ? text : TITLE_IN_QUOTES.matcher(text).replaceAll("《》");
        Matcher m = word.matcher(plain);
        while (m.find()) {
            boolean paired = plain.startsWith("（", m.end()) || m.start() > 0 && plain.charAt(m.start() - 1) == '（';
            if (!paired) {
                run.report(Severity.WARNING, at, null, m.group(), null, "level", level, "place", place, "word", m.group(), "text", Passages.excerpt(text, m.start(), m.end()));
                return;
            }
        }
    }
}
