package org.gongkai.app.serve;

import java.util.List;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.write.Markup;

/**
 * The page that answers an upload: for each file what became of it (已入库 第N版, 与已有版本相同,
 * 无法读取 and why) and, for a stored one, the checker's 错误 and 警告 with their places. Everything
 * printed is escaped. Example: "已入库：单位预算.txt → 柳林县人力资源和社会保障局 2024年度预算 第1版；错误 22 项……".
 */
final class ImportPage {

    private ImportPage() {
    }

    static String write(List<ImportResult> results, DisclosureStore store) {
        StringBuilder b = PageFrame.open("导入结果", "Import results", Lang.ZH, "/");
        b.append("<h1>导入结果</h1>\n");
        if (results.isEmpty()) {
            b.append("<p>没有收到文件：请选择要上传的预算公开文件（.txt、.pdf 或 .xlsx）。</p>\n");
        }
        for (ImportResult r : results) {
            b.append("<section class=\"import\"><h2>");
            Markup.esc(b, r.outcome().label()).append("：");
            Markup.esc(b, r.files()).append("</h2>\n");
            StoredDisclosure d = r.disclosure();
            if (d == null) {
                b.append("<p class=\"unreadable\">");
                Markup.esc(b, r.message()).append("</p>\n<p>")
                        .append(r.outcome() == ImportOutcome.REFUSED ? "未保存，未入库。" : "原文件已保存，未入库。").append("</p>\n");
            } else {
                b.append("<p><a href=\"/disclosures/").append(d.id()).append("\">");
                Markup.esc(b, d.unit()).append(' ').append(d.year()).append("年度");
                Markup.esc(b, d.kind().label()).append(" 第").append(d.version()).append("版</a>：错误 ").append(d.errors())
                        .append("，警告 ").append(d.warnings()).append("，提示 ").append(d.notes()).append("</p>\n");
                List<StoredFinding> shown = store.findings(d.id()).stream().filter(f -> f.severity() != Severity.INFO).toList();
                if (!shown.isEmpty()) {
                    b.append("<table class=\"findings\"><thead><tr><th>规则</th><th>级别</th><th>说明</th><th>位置</th></tr></thead><tbody>\n");
                    for (StoredFinding f : shown) {
                        b.append("<tr><td>");
                        Markup.esc(b, f.ruleId()).append("</td><td>");
                        Markup.esc(b, f.severity().label()).append("</td><td>");
                        Markup.esc(b, f.message()).append("</td><td>");
                        Markup.esc(b, f.location() == null ? "" : f.location()).append("</td></tr>\n");
                    }
                    b.append("</tbody></table>\n");
                }
            }
            b.append("</section>\n");
        }
        return PageFrame.close(b.append("<p><a href=\"/\">返回首页</a></p>\n"));
    }
}
