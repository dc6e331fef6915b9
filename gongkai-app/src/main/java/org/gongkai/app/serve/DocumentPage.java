package org.gongkai.app.serve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.core.check.Severity;
import org.gongkai.core.write.Markup;
import org.gongkai.core.write.html.HtmlFragment;

/**
 * A disclosure's page in the portal: the site bar; a panel with the unit, year, kind and version,
 * links to the unit's other versions and years, the check's counts and a download of every format;
 * the document as published ({@link org.gongkai.core.write.html.HtmlWriter#fragment}, Chinese in
 * every language, its charts as SVG for readers without JavaScript, drawn again with ECharts for
 * the others); and the check's findings by severity, each with its place and the published figure
 * or sentence. The site's own words are Chinese, or English when the reader chose it. Everything
 * printed is escaped; the charts' data is JSON made safe for a script element.
 * Example: {@code /disclosures/1} shows 柳林县人力资源和社会保障局 2024年度单位预算 第1版, 错误 22, and a PDF link
 * {@code /disclosures/1/download/pdf}.
 */
final class DocumentPage {

    /** ECharts, from the webjar (org.webjars.npm:echarts); the common build has the pie and the bar. */
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.common.min.js";

    private static final String STYLE = """
            .doc-panel{border:1px solid #ddd;background:#fafafa;padding:.6em 1em;margin:0 0 1.5em}
            .doc-panel h1{margin:.2em 0 .4em;font-size:1.5em}.doc-panel .crumbs{margin:0;color:#666;font-size:.9em}
            .doc-panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.4em 0}
            .doc-panel dt{color:#666}.doc-panel dd{margin:0}.doc-panel h2{font-size:1.1em;margin:.8em 0 .3em;border:none;color:#222}
            .doc-panel ul.downloads,.doc-panel ul.versions{display:flex;flex-wrap:wrap;gap:.3em 1.2em;list-style:none;padding:0;margin:.2em 0}
            .doc-panel .current{font-weight:600}
            section.check{margin-top:2.5em}section.check li{margin:.5em 0}section.check .place,section.check .figures{color:#555;font-size:.9em}
            section.check blockquote{margin:.2em 0 .2em 1.5em;padding-left:.6em;border-left:3px solid #ccc;color:#333}
            section.check .caveat{color:#a60;font-weight:600}
            figure.chart .echart{width:100%;max-width:640px;margin:0 auto}
            """;

    /** Draws each chart of the JSON with ECharts over its SVG; the SVG stays when the script cannot run. */
    private static final String SCRIPT = """
            (function(){
            var data=document.getElementById('chart-data');if(!data||!window.echarts)return;
            function esc(s){return String(s==null?'':s).replace(/[&<>"']/g,function(c){return '&#'+c.charCodeAt(0)+';';});}
            JSON.parse(data.textContent).forEach(function(c){
            var fig=document.getElementById(c.id);if(!fig)return;
            var svg=fig.querySelector('svg');var box=document.createElement('div');box.className='echart';
            box.style.height=(c.kind==='bar'?Math.max(240,36*c.slices.length+60):380)+'px';
            box.setAttribute('role','img');box.setAttribute('aria-label',c.description);
            fig.insertBefore(box,svg||fig.firstChild);if(svg)svg.style.display='none';
            var chart=echarts.init(box);
            var tip=function(p){var s=c.slices[p.dataIndex];return esc(s.label)+'<br/>'+esc(s.amountText)+esc(c.unit)+'（'+esc(s.percent)+'%）'+(s.detail?'<br/>'+esc(s.detail):'');};
            var values=c.slices.map(function(s){return parseFloat(s.amount);});
            if(c.kind==='bar'){chart.setOption({tooltip:{trigger:'item',formatter:tip},grid:{left:8,right:90,top:10,bottom:10,containLabel:true},
            xAxis:{type:'value',name:c.unit},yAxis:{type:'category',inverse:true,data:c.slices.map(function(s){return s.label;})},
            series:[{type:'bar',data:values,label:{show:true,position:'right',formatter:function(p){return c.slices[p.dataIndex].amountText;}}}]});}
            else{chart.setOption({tooltip:{trigger:'item',formatter:tip},legend:{bottom:0,type:'scroll'},
            series:[{type:'pie',radius:['38%','66%'],center:['50%','45%'],data:c.slices.map(function(s,i){return {name:s.label,value:values[i]};}),
            label:{formatter:function(p){return c.slices[p.dataIndex].label+' '+c.slices[p.dataIndex].percent+'%';}}}]});}
            window.addEventListener('resize',function(){chart.resize();});});
            })();
            """;

    private DocumentPage() {
    }

    /**
     * The page of {@code d}, in {@code lang}: {@code document} is its fragment, {@code findings} its
     * check's, {@code versions} every version of its unit (itself included).
     */
    static String write(StoredDisclosure d, HtmlFragment document, List<StoredFinding> findings, int couldNotRun,
                        List<StoredDisclosure> versions, Lang lang) {
        String path = "/disclosures/" + d.id();
        StringBuilder b = new StringBuilder(document.body().length() + document.css().length() + 32 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Markup.esc(b, d.unit() + " " + title(d, Lang.ZH)).append(" · gongkai</title>\n<style>\n")
                .append(PageFrame.STYLE).append(document.css()).append(STYLE).append("</style>\n</head>\n<body>\n");
        PageFrame.nav(b, lang, path);
        panel(b, d, versions, lang);
        b.append(document.body());
        findings(b, findings, d.errors() == 0 ? couldNotRun : 0, lang);
        List<ChartData.Figure> charts = ChartData.of(document.charts());
        if (!charts.isEmpty()) {
            b.append("<script type=\"application/json\" id=\"chart-data\">").append(ChartData.json(charts)).append("</script>\n")
                    .append("<script src=\"").append(ECHARTS).append("\"></script>\n<script>\n").append(SCRIPT).append("</script>\n");
        }
        return PageFrame.close(b);
    }

    /** "2024年度单位预算 第1版" or "2024 unit budget, version 1". */
    static String title(StoredDisclosure d, Lang lang) {
        String level = "UNIT".equals(d.level()) ? lang.t("单位", "unit ") : "DEPARTMENT".equals(d.level()) ? lang.t("部门", "department ") : "";
        String kind = lang.t(d.kind().label(), d.kind().name().equals("BUDGET") ? "budget" : "final accounts");
        return lang.t(d.year() + "年度" + level + kind + " 第" + d.version() + "版",
                d.year() + " " + level + kind + ", version " + d.version());
    }

    private static void panel(StringBuilder b, StoredDisclosure d, List<StoredDisclosure> versions, Lang lang) {
        b.append("<section class=\"doc-panel\" aria-label=\"").append(lang.t("文件信息", "About this document")).append("\">\n<p class=\"crumbs\">");
        Markup.esc(b, HomePage.place(d)).append(" › ");
        Markup.esc(b, d.department()).append("</p>\n<h1>");
        Markup.esc(b, d.unit()).append(' ');
        Markup.esc(b, title(d, lang)).append("</h1>\n<dl>\n");
        item(b, lang.t("单位", "Unit"), d.unit());
        item(b, lang.t("主管部门", "Department"), d.department());
        item(b, lang.t("预算年度", "Fiscal year"), lang.t(d.year() + "年", String.valueOf(d.year())));
        item(b, lang.t("类型", "Kind"), lang.t(("UNIT".equals(d.level()) ? "单位" : "DEPARTMENT".equals(d.level()) ? "部门" : "")
                + d.kind().label(), d.kind().name().equals("BUDGET") ? "Budget" : "Final accounts"));
        item(b, lang.t("版本", "Version"), lang.t("第" + d.version() + "版", String.valueOf(d.version()))
                + lang.t("，入库于 ", ", stored on ") + d.importedAt().toLocalDate());
        item(b, lang.t("原始文件", "Original file"), d.fileName());
        if (d.companionFileName() != null) { // its tables published as a file of their own, stored with it
            item(b, lang.t("报表文件", "Tables file"), d.companionFileName());
        }
        b.append("<dt>").append(lang.t("检查", "Check")).append("</dt><dd><a href=\"#check\">")
                .append("<span class=\"sev-ERROR\">").append(lang.t("错误 ", "errors ")).append(d.errors()).append("</span>")
                .append(lang.t("，", ", ")).append("<span class=\"sev-WARNING\">").append(lang.t("警告 ", "warnings "))
                .append(d.warnings()).append("</span>").append(lang.t("，", ", ")).append("<span class=\"sev-INFO\">")
                .append(lang.t("提示 ", "notes ")).append(d.notes()).append("</span></a></dd>\n</dl>\n");
        if (versions.size() > 1) {
            b.append("<h2>");
            Markup.esc(b, lang.t("本单位的其他版本和年度", "This unit's other versions and years")).append("</h2>\n<ul class=\"versions\">\n");
            for (StoredDisclosure v : versions) {
                if (v.id() == d.id()) {
                    b.append("<li class=\"current\" aria-current=\"page\">");
                    Markup.esc(b, title(v, lang)).append("</li>\n");
                } else {
                    b.append("<li><a href=\"/disclosures/").append(v.id()).append("\">");
                    Markup.esc(b, title(v, lang)).append("</a></li>\n");
                }
            }
            b.append("</ul>\n");
        }
        b.append("<h2>").append(lang.t("下载", "Download")).append("</h2>\n<ul class=\"downloads\">\n");
        for (DownloadFormat f : DownloadFormat.values()) {
            if (f == DownloadFormat.COMPANION && d.companionFileName() == null) {
                continue;
            }
            b.append("<li><a href=\"/disclosures/").append(d.id()).append("/download/").append(f.pathName())
                    .append("\" download>");
            Markup.esc(b, f.label(lang)).append("</a></li>\n");
        }
        b.append("</ul>\n<p class=\"muted\">").append(lang.t(
                "PDF、Word、Excel 和网页由 gongkai 依公开内容生成，附政府购买服务指导性目录；原始文件是单位公开的文件本身。开放数据：",
                "The PDF, Word, Excel and web page are made by gongkai from what was published, with the catalogue of government purchase of services; the original is the file the unit published. Open data: "))
                .append("<a href=\"/api/disclosures/").append(d.id()).append("\">JSON</a>, <a href=\"/api/disclosures/").append(d.id())
                .append("/facts\">").append(lang.t("数据", "facts")).append("</a>, <a href=\"/api/disclosures/").append(d.id())
                .append("/findings\">").append(lang.t("检查结果", "findings")).append("</a></p>\n</section>\n");
    }

    private static void item(StringBuilder b, String label, String value) {
        b.append("<dt>").append(label).append("</dt><dd>");
        Markup.esc(b, value).append("</dd>\n");
    }

    /** The findings; {@code couldNotRun}, when not 0, is said first: no error found then proves nothing. */
    private static void findings(StringBuilder b, List<StoredFinding> findings, int couldNotRun, Lang lang) {
        b.append("<section class=\"check\" id=\"check\" lang=\"").append(lang.tag()).append("\">\n<h2>")
                .append(lang.t("检查结果", "Check results")).append("</h2>\n");
        if (couldNotRun > 0) {
            b.append("<p class=\"caveat\">").append(lang.t("未发现错误；但有 " + couldNotRun
                            + " 条规则无法检查（如缺少报表或情况说明），不能据此认定文件无误。",
                    "No error found, but " + couldNotRun + " rules could not run (tables or explanations missing, for instance):"
                            + " this does not show the document is correct.")).append("</p>\n");
        }
        if (findings.isEmpty()) {
            if (couldNotRun == 0) {
                b.append("<p>").append(lang.t("检查没有发现问题。", "The check found nothing.")).append("</p>\n");
            }
            b.append("</section>\n");
            return;
        }
        b.append("<p class=\"muted\">").append(lang.t("错误须在公开前改正，警告请核实，提示供参考。检查规则见",
                "Errors must be corrected before publication, warnings checked; notes are for information. The rules: "))
                .append("<a href=\"/rules\">").append(lang.t("检查规则", "Check rules")).append("</a>")
                .append(lang.t("。", ".")).append("</p>\n");
        Map<Severity, List<StoredFinding>> by = new EnumMap<>(Severity.class);
        for (StoredFinding f : findings) {
            by.computeIfAbsent(f.severity(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Severity, List<StoredFinding>> e : by.entrySet()) {
            Severity s = e.getKey();
            b.append("<h3 class=\"sev-").append(s.name()).append("\" id=\"check-").append(s.name()).append("\">")
                    .append(severity(s, lang)).append(lang.t("（", " (")).append(e.getValue().size()).append(lang.t("）", ")"))
                    .append("</h3>\n<ol class=\"findings\">\n");
            for (StoredFinding f : e.getValue()) {
                finding(b, f, lang);
            }
            b.append("</ol>\n");
        }
        b.append("</section>\n");
    }

    private static void finding(StringBuilder b, StoredFinding f, Lang lang) {
        b.append("<li><a class=\"rule\" href=\"/rules#");
        Markup.esc(b, f.ruleId()).append("\"><code>");
        Markup.esc(b, f.ruleId()).append("</code></a> <span lang=\"zh-CN\">");
        Markup.esc(b, f.message()).append("</span>");
        if (f.location() != null && !f.location().isBlank()) {
            b.append("<br><span class=\"place\">").append(lang.t("位置：", "Where: ")).append("<span lang=\"zh-CN\">");
            Markup.esc(b, f.location()).append("</span></span>");
        }
        if (f.actual() != null || f.expected() != null || f.difference() != null) {
            b.append("<br><span class=\"figures\">");
            String sep = "";
            if (f.actual() != null) {
                b.append(lang.t("公开数 ", "published ")).append("<strong>");
                Markup.esc(b, f.actual()).append("</strong>");
                sep = lang.t("；", "; ");
            }
            if (f.expected() != null) {
                b.append(sep).append(lang.t("应为 ", "expected "));
                Markup.esc(b, f.expected());
                sep = lang.t("；", "; ");
            }
            if (f.difference() != null) {
                b.append(sep).append(lang.t("差额 ", "difference "));
                Markup.esc(b, f.difference());
            }
            b.append("</span>");
        }
        if (f.sentence() != null && !f.sentence().isBlank()) {
            b.append("<blockquote lang=\"zh-CN\">");
            Markup.esc(b, f.sentence()).append("</blockquote>");
        }
        b.append("</li>\n");
    }

    /** 错误, 警告, 提示; Errors, Warnings, Notes. */
    static String severity(Severity s, Lang lang) {
        return lang.t(s.label(), switch (s) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Notes";
        });
    }
}
