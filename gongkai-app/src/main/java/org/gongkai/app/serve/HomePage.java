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

    static String write(List<StoredDisclosure> disclosures) {
        StringBuilder b = head("预算公开");
        b.append("<h1>预算公开</h1>\n");
        if (disclosures.isEmpty()) {
            b.append("<p>还没有公开文件。用 <code>gongkai import 文件或目录</code> 导入。</p>\n");
        } else {
            b.append("<p>共 ").append(disclosures.size()).append(" 份公开文件（含各版本）。开放数据：<a href=\"/api/disclosures\">/api/disclosures</a></p>\n");
        }
        b.append("<form class=\"upload\" method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">")
                .append("<label>上传预算公开文件（.txt、.pdf、填报工作簿或一体化平台导出 .xlsx）：")
                .append("<input type=\"file\" name=\"file\" multiple accept=\".txt,.pdf,.xlsx\"></label> ")
                .append("<button type=\"submit\">导入并检查</button></form>\n");
        Map<String, Map<String, Map<String, List<StoredDisclosure>>>> tree = new LinkedHashMap<>();
        for (StoredDisclosure d : disclosures) {
            String region = d.province().isEmpty() ? d.region() : d.province() + " " + d.region();
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
                        b.append("<li><a href=\"/disclosures/").append(d.id()).append("\">").append(d.year()).append("年度")
                                .append(Markup.esc(d.kind().label())).append(" 第").append(d.version()).append("版</a>");
                        b.append(" <span class=\"counts\">错误 ").append(d.errors()).append("，警告 ").append(d.warnings())
                                .append("，提示 ").append(d.notes()).append("</span>");
                        b.append(" <a class=\"data\" href=\"/api/disclosures/").append(d.id()).append("\">JSON</a></li>\n");
                    }
                    b.append("</ul></li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    static String notFound(String message) {
        StringBuilder b = head("未找到");
        b.append("<h1>未找到</h1>\n<p>");
        Markup.esc(b, message).append("</p>\n<p><a href=\"/\">返回首页</a></p>\n</body>\n</html>\n");
        return b.toString();
    }

    static StringBuilder head(String title) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Markup.esc(b, title).append(" · gongkai</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("h2{border-bottom:1px solid #ccc;padding-bottom:.2em}h3{margin-bottom:.3em}\n")
                .append(".counts{color:#666;font-size:.9em}.unit{font-weight:600}a.data{font-size:.85em}\n")
                .append("form.upload{margin:1em 0;padding:.8em;border:1px solid #ddd;background:#fafafa}.unreadable{color:#a00}\n")
                .append("table.findings{border-collapse:collapse;font-size:.9em}table.findings td,table.findings th{border:1px solid #ccc;padding:.2em .4em;vertical-align:top}\n")
                .append("</style>\n</head>\n<body>\n");
        return b;
    }
}
