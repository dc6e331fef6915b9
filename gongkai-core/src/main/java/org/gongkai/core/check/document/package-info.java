/**
 * DOC rules: the document as a whole. Every table of the template is there, empty tables say so
 * correctly, tables are numbered one way, the unit is called the same everywhere, 部门 and 单位
 * are used as the document's level requires, 万元 and 元 are not mixed, the years are the
 * document's year, 情况说明 has its sections, and the text has no doubled punctuation, repeated
 * words or wording copied from another level of government.
 */
package org.gongkai.core.check.document;
