package org.gongkai.core.check.document;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Rule;
import org.gongkai.core.check.RuleRun;
import org.gongkai.core.check.RuleSpec;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;

/** A rule made as the catalogue demands, for the catalogue test: in its family's package, every placeholder filled. */
@RuleSpec(id = "DOC-996", severity = Severity.WARNING, category = Category.FORMAT, title = "总是报告", message = "{unit}", description = "测试用")
public final class WellMadeRule implements Rule {

    @Override
    public void check(Disclosure d, RuleRun run) {
        run.report(Severity.WARNING, Location.at(null), null, null, null, "unit", d.metadata().unitName());
    }
}
