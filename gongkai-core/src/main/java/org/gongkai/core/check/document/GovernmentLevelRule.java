package org.gongkai.core.check.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/**
 * The text speaks of its own government: a county's glossary that defines “三公”经费 as what
 * "省直部门" spend was copied from the province's.
 */
@RuleSpec(id = "DOC-009", severity = Severity.WARNING, category = Category.CONSISTENCY,
        title = "用语与本级政府一致",
        message = "本文件是{region}的，{place}却写“{word}”：“{text}”",
        description = "概况、情况说明和名词解释中的“省直部门”“市直单位”“县直部门”等说法应与文件所属的行政区划层级一致；"
                + "县级文件中出现“省直部门”，多半是照抄了上级的文本。")
public final class GovernmentLevelRule implements Rule {

    private static final Pattern LEVEL_WORD = Pattern.compile("(省|市|县|区)直(各)?(部门|单位|机关)");

    @Override
    public void check(Disclosure d, RuleRun run) {
        String region = d.metadata().region();
        char own = levelOf(region);
        if (own == 0) {
            run.couldNotRun("未读到文件所属的行政区划");
            return;
        }
        for (Passages.Passage p : Passages.of(d, run).prose()) {
            if (p.text().indexOf('直') < 0) {
                continue;
            }
            Matcher m = LEVEL_WORD.matcher(p.text());
            while (m.find()) {
                char said = m.group(1).charAt(0);
                boolean sameLevel = said == own || (said == '区' || said == '县') && (own == '区' || own == '县');
                if (!sameLevel) {
                    run.report(Severity.WARNING, p.location(), own + "直" + m.group(3), m.group(), null,
                            "region", region, "place", p.location().section(), "word", m.group(), "text", Passages.excerpt(p.text(), m.start(), m.end()));
                    break;
                }
            }
        }
    }

    /** 省, 市, 县 or 区 by the region's last character; 0 when unknown. 自治区 is a province, 自治州 and 盟 cities, 旗 a county. */
    static char levelOf(String region) {
        if (region == null || region.isBlank()) {
            return 0;
        }
        if (region.endsWith("自治区") || region.endsWith("省")) {
            return '省';
        }
        char last = region.charAt(region.length() - 1);
        return switch (last) {
            case '市', '州', '盟' -> region.endsWith("县级市") ? '县' : '市';
            case '县', '旗' -> '县';
            case '区' -> '区';
            default -> 0;
        };
    }
}
