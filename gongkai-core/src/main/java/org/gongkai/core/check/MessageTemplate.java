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

    /**
     * The message filled from {@code values}, pairs of placeholder name and value as a rule reports
     * them; a name given twice counts with its last value, as in {@link #fill(String, Map)}.
     */
    static String fill(String message, String[] values) {
        Parsed p = parsed(message);
        // the placeholders read from the array in order (a name may come twice, the first counts):
        // no iterator and no hashing for each finding
        String[] names = p.names();
        for (String n : names) {
            if (!given(n, values)) {
                throw new IllegalArgumentException("placeholder {" + n + "} not filled in: " + message);
            }
        }
        for (int i = 0; i < values.length; i += 2) {
            if (!uses(names, values[i])) {
                throw new IllegalArgumentException("value " + values[i] + " not used by: " + message);
            }
        }
        // the pieces end to end: String.join sizes the message once, where a StringBuilder grows
        // and widens as the Chinese text comes in
        String[] pieces = new String[2 * p.names().length + 1];
        for (int i = 0; i < p.names().length; i++) {
            pieces[2 * i] = p.literals()[i];
            pieces[2 * i + 1] = String.valueOf(valueOf(p.names()[i], values));
        }
        pieces[pieces.length - 1] = p.literals()[p.names().length];
        return String.join("", pieces);
    }

    /** The last value given for {@code name}, or null. */
    private static String valueOf(String name, String[] values) {
        for (int i = values.length - 2; i >= 0; i -= 2) {
            if (values[i].equals(name)) {
                return values[i + 1];
            }
        }
        return null;
    }

    private static boolean given(String name, String[] values) {
        for (int i = 0; i < values.length; i += 2) {
            if (values[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} is one of the message's placeholder {@code names}. */
    private static boolean uses(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
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
