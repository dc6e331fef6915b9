package org.gongkai.core.model;

/**
 * One term of 名词解释. Example: number "一", term "基本支出", definition "指为保障机构正常运转…".
 */
public record GlossaryEntry(String number, String term, String definition, SourcePosition position) {
}
