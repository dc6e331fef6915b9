package org.gongkai.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The platform export layouts gongkai knows: the mappings bundled under {@code platform/}
 * (listed in {@code platform/index.txt}) and any a user loads from a file.
 * Example: {@code PlatformMappings.bundled().find("shanxi-yitihua-2024")}; to add a province,
 * {@code PlatformMappings.bundled().with(PlatformMappings.read(in, "hunan-2025.yaml"))}.
 */
public final class PlatformMappings {

    private static volatile PlatformMappings bundled;

    private final List<PlatformMapping> mappings;

    private PlatformMappings(List<PlatformMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public static PlatformMappings of(List<PlatformMapping> mappings) {
        return new PlatformMappings(mappings);
    }

    /** The mappings shipped with gongkai, read once. */
    public static PlatformMappings bundled() {
        PlatformMappings m = bundled;
        if (m == null) {
            synchronized (PlatformMappings.class) {
                m = bundled;
                if (m == null) {
                    m = loadBundled();
                    bundled = m;
                }
            }
        }
        return m;
    }

    private static PlatformMappings loadBundled() {
        List<PlatformMapping> list = new ArrayList<>();
        try (InputStream index = resource("platform/index.txt")) {
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = resource("platform/" + name)) {
                    list.add(read(in, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlatformMappings(list);
    }

    /** Reads one mapping file; {@code name} is used in the error message. */
    public static PlatformMapping read(InputStream yaml, String name) {
        return PlatformMappingYaml.read(yaml, name);
    }

    private static InputStream resource(String path) {
        InputStream in = PlatformMappings.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }

    /** These mappings and {@code more}. */
    public PlatformMappings with(PlatformMapping... more) {
        List<PlatformMapping> all = new ArrayList<>(mappings);
        all.addAll(List.of(more));
        return new PlatformMappings(all);
    }

    public List<PlatformMapping> mappings() {
        return mappings;
    }

    public Optional<PlatformMapping> find(String id) {
        return mappings.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
