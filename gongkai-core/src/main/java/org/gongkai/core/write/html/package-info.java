/**
 * A disclosure as one accessible, self-contained XHTML page: {@link org.gongkai.core.write.html.HtmlWriter}
 * writes the title block, 目录, 第一部分 概况, 第二部分 the tables in template order with their
 * headings merged as printed, 第三部分 情况说明 with its charts, the 项目支出绩效目标表 forms, 国有资产 and
 * 政府采购, 第四部分 名词解释 and the 政府购买服务指导性目录 as an annex. The page is well-formed XML
 * (openhtmltopdf parses it for the PDF), UTF-8, {@code lang="zh-CN"}, with inline CSS for screen and
 * A4 print, and no external resource of any kind. Example: the reference document gives a page of
 * 13 tables, 3 charts and 8 forms, about 150 KB without the annex.
 */
package org.gongkai.core.write.html;
