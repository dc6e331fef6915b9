package org.gongkai.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.write.Markup;

/**
 * The portal's home page: every stored disclosure under its region, department and unit, newest
 * year first, each version linked to its page, with its check's counts. Everything printed is
 * escaped. Example: 山西省 柳林县 › 柳林县人力资源和社会保障局 › 柳林县人力资源和社会保障局 › 2024年度预算 第1版（错误 22）.
 */
final class HomePage {

    private HomePage() {
    }

    static String write(List<StoredDisclosure> disclosures, Lang lang) {
        StringBuilder b = PageFrame.open("预算公开", "Budget disclosures", lang, "/");
        b.append("<h1>").append(lang.t("预算公开", "Budget disclosures")).append("</h1>\n");
        if (disclosures.isEmpty()) {
            b.append("<p>").append(lang.t("还没有公开文件。用 <code>gongkai import 文件或目录</code> 导入。",
                    "No disclosures yet. Import some with <code>gongkai import FILE|DIR</code>.")).append("</p>\n");
        } else {
            b.append("<p>").append(lang.t("共 " + disclosures.size() + " 份公开文件（含各版本）。开放数据：",
                            disclosures.size() + " disclosures (all versions). Open data: "))
                    .append("<a href=\"/api/disclosures\">/api/disclosures</a></p>\n");
        }
        b.append("<form class=\"upload\" method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">")
                .append("<label>").append(lang.t("上传预算公开文件（.txt、.pdf、填报工作簿或一体化平台导出 .xlsx）：",
                        "Upload a disclosure (.txt, .pdf, the authoring workbook or a platform export .xlsx): "))
                .append("<input type=\"file\" name=\"file\" multiple accept=\".txt,.pdf,.xlsx\"></label> ")
                .append("<button type=\"submit\">").append(lang.t("导入并检查", "Import and check")).append("</button>")
                .append("<p class=\"muted\">").append(lang.t("文字和报表分两个文件发布的（如江苏省各部门的“部门预算公开文件”和“部门预算公开表”），请一起选择上传，合为一份检查和入库。",
                        "Where the text and the tables were published as two files (as the Jiangsu departments do), choose both: they are checked and stored as one."))
                .append("</p></form>\n");
        Map<String, Map<String, Map<String, List<StoredDisclosure>>>> tree = new LinkedHashMap<>();
        for (StoredDisclosure d : disclosures) {
            String region = place(d);
            tree.computeIfAbsent(region, k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.department(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d.unit(), k -> new java.util.ArrayList<>()).add(d);
        }
        for (var region : tree.entrySet()) {
            b.append("<section class=\"region\"><h2>");
            Markup.esc(b, region.getKey()).append("</h2>\n");
            for (var department : region.getValue().entrySet()) {
                b.append("<h3>");
                Markup.esc(b, department.getKey()).append("</h3>\n<ul>\n");
                for (var unit : department.getValue().entrySet()) {
                    b.append("<li><span class=\"unit\">");
                    Markup.esc(b, unit.getKey()).append("</span><ul>\n");
                    for (StoredDisclosure d : unit.getValue()) {
                        b.append("<li><a href=\"/disclosures/").append(d.id()).append("\">").append(d.year()).append(lang.t("年度", " "))
                                .append(Markup.esc(lang.t(d.kind().label(), d.kind().name().equals("BUDGET") ? "budget" : "final accounts")))
                                .append(lang.t(" 第" + d.version() + "版", ", version " + d.version())).append("</a>");
                        b.append(" <span class=\"counts\">").append(lang.t("错误 ", "errors ")).append(d.errors())
                                .append(lang.t("，警告 ", ", warnings ")).append(d.warnings())
                                .append(lang.t("，提示 ", ", notes ")).append(d.notes()).append("</span>");
                        b.append(" <a class=\"data\" href=\"/api/disclosures/").append(d.id()).append("\">JSON</a></li>\n");
                    }
                    b.append("</ul></li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }
        return PageFrame.close(b);
    }

    /** A 404 page saying what was not found, with the way home. */
    static String notFound(String message, Lang lang) {
        StringBuilder b = PageFrame.open("未找到", "Not found", lang, "/");
        b.append("<h1>").append(lang.t("未找到", "Not found")).append("</h1>\n<p>");
        Markup.esc(b, message).append("</p>\n<p><a href=\"/\">").append(lang.t("返回首页", "Back to the home page"))
                .append("</a></p>\n");
        return PageFrame.close(b);
    }

    /**
     * Where a version's unit is: its region, after its province when the region does not already
     * say it ("山西省 柳林县"; "江苏省", "上海市普陀区" alone).
     */
    static String place(StoredDisclosure d) {
        return d.province().isEmpty() || d.region().startsWith(d.province()) ? d.region() : d.province() + " " + d.region();
    }
}
