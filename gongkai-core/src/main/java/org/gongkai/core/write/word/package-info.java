/**
 * Writing a disclosure as an editable Word document (DOCX, Apache POI XWPF): the whole document in
 * reading order, with a real 目录 field, Word heading styles, every published table as a Word table
 * with its headings merged as printed, the performance-target forms as tables, and Chinese fonts
 * (宋体 text, 黑体 headings).
 * Example: {@code DocxWriter.withBundledTemplates().write(disclosure, out)} for 柳林县人力资源和社会保障局
 * 2024年度单位预算公开 gives 13 tables under 第二部分 and 8 forms under 十、绩效管理情况.
 */
package org.gongkai.core.write.word;
