package org.gongkai.core.check.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.ClassificationCode;
import org.gongkai.core.model.Classifications;
import org.gongkai.core.model.CodeTree;
import org.gongkai.core.model.Disclosure;

/**
 * No word typed twice: "纳入绩效管理管理的", "采购采购数量", "检验检测检测". A doubled run of two
 * to four characters is a slip unless the characters where the two copies meet make a word the
 * document or the classifications use elsewhere ("体育教育教学" doubles 育教, but 教育 is a word).
 */
@RuleSpec(id = "DOC-010", severity = Severity.WARNING, category = Category.FORMAT,
        title = "无重复字词",
        message = "{place}中“{word}”重复：“{text}”",
        description = "正文、绩效目标表和政府购买服务目录中，同一个二至四字的词连写两遍（“管理管理”“采购采购”）多是录入错误。"
                + "两遍相接处的两个字若在文件别处或政府收支分类科目名称中作为词出现（如“体育教育教学”中的“教育”），不算重复。")
public final class RepeatedWordRule implements Rule {

    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    private static volatile List<String> classificationNames;

    @Override
    public void check(Disclosure d, RuleRun run) {
        List<Passages.Passage> passages = Passages.all(d);
        if (passages.isEmpty()) {
            run.couldNotRun("未读到正文");
            return;
        }
        for (Passages.Passage p : passages) {
            Matcher m = DOUBLED.matcher(p.text());
            while (m.find()) {
                String w = m.group(1);
                String seam = w.substring(w.length() - 1) + w.charAt(0);
                if (!usedElsewhere(seam, passages)) {
                    String place = p.location().section() != null ? p.location().section() : p.location().table();
                    run.report(Severity.WARNING, p.location(), w, m.group(), null,
                            "place", place, "word", w, "text", Passages.excerpt(p.text(), m.start(), m.end()));
                }
            }
        }
    }

    /** True when {@code seam} is written outside a doubling somewhere in the document or in a classification name. */
    private static boolean usedElsewhere(String seam, List<Passages.Passage> passages) {
        for (Passages.Passage p : passages) {
            if (p.text().contains(seam) && DOUBLED.matcher(p.text()).replaceAll("|").contains(seam)) {
                return true;
            }
        }
        for (String name : classificationNames()) {
            if (name.contains(seam)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> classificationNames() {
        List<String> names = classificationNames;
        if (names == null) {
            List<String> n = new ArrayList<>();
            Classifications c = Classifications.bundled();
            for (CodeTree tree : List.of(c.functional(), c.departmentEconomic(), c.governmentEconomic())) {
                for (ClassificationCode code : tree.codes()) {
                    n.add(code.name());
                }
            }
            names = List.copyOf(n);
            classificationNames = names;
        }
        return names;
    }
}
