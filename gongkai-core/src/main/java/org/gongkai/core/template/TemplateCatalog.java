package org.gongkai.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * The templates gongkai knows: those bundled under {@code templates/} (listed in
 * {@code templates/index.txt}) and any a user loads from a file.
 * Example: {@code TemplateCatalog.bundled().find("jiangsu-department-budget-2019")}.
 */
public final class TemplateCatalog {

    private static volatile TemplateCatalog bundled;

    private final List<Template> templates;

    private TemplateCatalog(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    public static TemplateCatalog of(List<Template> templates) {
        return new TemplateCatalog(templates);
    }

    /** The templates shipped with gongkai, read once. */
    public static TemplateCatalog bundled() {
        TemplateCatalog c = bundled;
        if (c == null) {
            synchronized (TemplateCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = loadBundled();
                    bundled = c;
                }
            }
        }
        return c;
    }

    private static TemplateCatalog loadBundled() {
        List<Template> list = new ArrayList<>();
        try (InputStream index = resource("templates/index.txt")) {
            for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = resource("templates/" + name)) {
                    list.add(read(in, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateCatalog(list);
    }

    /** Reads one template file; {@code name} is used in the error message. */
    public static Template read(InputStream yaml, String name) {
        return TemplateYaml.read(yaml, name);
    }

    private static InputStream resource(String path) {
        InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }

    public List<Template> templates() {
        return templates;
    }

    public Optional<Template> find(String id) {
        for (Template t : templates) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
