package org.gongkai.core.check;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese message with named placeholders: "{table}“{row}”的{column}为{actual}". Filling it
 * requires a value for every placeholder and no value the message does not use, so a message is
 * never shown half filled.
 */
public final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private MessageTemplate() {
    }

    /** A message cut at its placeholders: {@code literals[i]}, then the value of {@code names[i]}, and so on. */
    private record Parsed(String[] literals, String[] names, Set<String> placeholders) {
    }

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    /** The placeholder names of a message, in order. */
    public static Set<String> placeholders(String message) {
        return parsed(message).placeholders();
    }

    private static Parsed parsed(String message) {
        return PARSED.computeIfAbsent(message, MessageTemplate::parse);
    }

    private static Parsed parse(String message) {
        Set<String> out = new LinkedHashSet<>();
        java.util.List<String> literals = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(message);
        int last = 0;
        while (m.find()) {
            literals.add(message.substring(last, m.start()));
            names.add(m.group(1));
            out.add(m.group(1));
            last = m.end();
        }
        literals.add(message.substring(last));
        return new Parsed(literals.toArray(String[]::new), names.toArray(String[]::new), Collections.unmodifiableSet(out));
    }

    /** The message with its placeholders filled; an unfilled or unused value is a programming error. */
    public static String fill(String message, Map<String, String> values) {
        Parsed p = parsed(message);
        for (String n : p.placeholders()) {
            if (!values.containsKey(n)) {
                throw new IllegalArgumentException("placeholder {" + n + "} not filled in: " + message);
            }
        }
        if (values.size() != p.placeholders().size()) {
            for (String k : values.keySet()) {
                if (!p.placeholders().contains(k)) {
                    throw new IllegalArgumentException("value " + k + " not used by: " + message);
                }
            }
        }
        StringBuilder b = new StringBuilder(message.length() + 64);
        for (int i = 0; i < p.names().length; i++) {
            b.append(p.literals()[i]).append(values.get(p.names()[i]));
        }
        return b.append(p.literals()[p.names().length]).toString();
    }
}
