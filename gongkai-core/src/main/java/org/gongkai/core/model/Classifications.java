package org.gongkai.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The three code trees a reader or checker uses. The bundled ones are partial lists of codes
 * seen in real documents; a complete national list can replace them.
 * Example: {@code Classifications.bundled().functional().find("2080101")} is 行政运行.
 */
public record Classifications(CodeTree functional, CodeTree departmentEconomic, CodeTree governmentEconomic) {

    private static volatile Classifications bundled;

    /** The lists shipped with gongkai (under {@code classification/}), read once. */
    public static Classifications bundled() {
        Classifications c = bundled;
        if (c == null) {
            synchronized (Classifications.class) {
                c = bundled;
                if (c == null) {
                    c = new Classifications(
                            load("functional-observed.csv", ClassificationKind.FUNCTIONAL, "observed 2017-2026")
                                    .merge(load("functional-supplement.csv", ClassificationKind.FUNCTIONAL, "2024 类 + reference document"))
                                    .merge(load("functional-renamed.csv", ClassificationKind.FUNCTIONAL, "names of earlier editions")),
                            load("department-economic-observed.csv", ClassificationKind.DEPARTMENT_ECONOMIC, "observed 2017-2026"),
                            load("government-economic-observed.csv", ClassificationKind.GOVERNMENT_ECONOMIC, "observed + reference document"));
                    bundled = c;
                }
            }
        }
        return c;
    }

    private static CodeTree load(String file, ClassificationKind kind, String edition) {
        try (InputStream in = Classifications.class.getClassLoader().getResourceAsStream("classification/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource classification/" + file);
            }
            return CodeTree.load(in, kind, edition, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CodeTree tree(ClassificationKind kind) {
        return switch (kind) {
            case FUNCTIONAL -> functional;
            case DEPARTMENT_ECONOMIC -> departmentEconomic;
            case GOVERNMENT_ECONOMIC -> governmentEconomic;
        };
    }
}
