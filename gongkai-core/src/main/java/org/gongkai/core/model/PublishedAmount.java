package org.gongkai.core.model;

import java.util.Objects;

/**
 * A figure as published: its exact value with the unit it was printed in, the text as printed
 * and where it was printed. Example: "1,251.07" at line 419, read as 1251.07 万元.
 */
public record PublishedAmount(Money money, String text, SourcePosition position) {

    public PublishedAmount {
        Objects.requireNonNull(money, "money");
        text = text == null ? money.plain() : text;
        position = position == null ? SourcePosition.UNKNOWN : position;
    }

    public static PublishedAmount of(Money money, String text, SourcePosition position) {
        return new PublishedAmount(money, text, position);
    }

    public MoneyUnit unit() {
        return money.unit();
    }

    @Override
    public String toString() {
        return money + "@" + position;
    }
}
