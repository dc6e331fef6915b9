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

    private static final Map<String, Set<String>> NAMES = new ConcurrentHashMap<>();

    /** The placeholder names of a message, in order. */
    public static Set<String> placeholders(String message) {
        return NAMES.computeIfAbsent(message, MessageTemplate::find);
    }

    private static Set<String> find(String message) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The message with its placeholders filled; an unfilled or unused value is a programming error. */
    public static String fill(String message, Map<String, String> values) {
        Set<String> names = placeholders(message);
        for (String n : names) {
            if (!values.containsKey(n)) {
                throw new IllegalArgumentException("placeholder {" + n + "} not filled in: " + message);
            }
        }
        for (String k : values.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException("value " + k + " not used by: " + message);
            }
        }
        StringBuilder b = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        m.appendTail(b);
        return b.toString();
    }
}
