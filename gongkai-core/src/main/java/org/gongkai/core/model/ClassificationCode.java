package org.gongkai.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One code of a classification with its name and any other names it was printed with.
 * Example: FUNCTIONAL "2080101" 行政运行, level 3 (项), parent "20801".
 */
public record ClassificationCode(ClassificationKind kind, String code, String name, List<String> aliases) {

    public ClassificationCode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static ClassificationCode of(ClassificationKind kind, String code, String name) {
        return new ClassificationCode(kind, code, name, List.of());
    }

    /** 1 = 类, 2 = 款, 3 = 项; 0 when the code has no valid length. */
    public int level() {
        return kind.levelOf(code);
    }

    public String parentCode() {
        return kind.parentOf(code);
    }

    /** True when {@code printed} is this code's name or one of its other printed names. */
    public boolean hasName(String printed) {
        return name.equals(printed) || aliases.contains(printed);
    }
}
