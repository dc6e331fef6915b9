package org.gongkai.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportResult;

/**
 * Fills an empty store with the sample disclosures bundled in the jar, so that a new user sees a
 * working portal at once: the reference document (柳林县人力资源和社会保障局 2024年度单位预算公开, the
 * first, so it is number 1) and real Jiangsu departments' published tables that gongkai reads cleanly,
 * three years of 江苏省政协办公厅 and of 省委办公厅 and two of 省人大常委会办公厅, so that there are years
 * and units to compare. A store that holds anything, even only files that could not be read, is
 * left as it is. Example: {@code SampleLoader.loadIfEmpty(store)} on a new database stores nine disclosures.
 */
public final class SampleLoader {

    /** A bundled sample: where it is on the classpath, and the file name it was published under. */
    public record Sample(String resource, String fileName) {
    }

    /** The reference document alone. */
    public static final List<Sample> REFERENCE = List.of(
            new Sample("samples/liulin-hrss-2024-budget.txt", "柳林县人力资源和社会保障局2024年度单位预算公开.txt"));

    /** Every bundled sample, the reference document first (samples/README.md says where each comes from). */
    public static final List<Sample> ALL = List.of(
            REFERENCE.get(0),
            new Sample("samples/jiangsu/zhengxie-2017-tables.pdf", "江苏省政协办公厅2017年度部门预算公开表.pdf"),
            new Sample("samples/jiangsu/zhengxie-2018-tables.pdf", "江苏省政协办公厅2018年度部门预算公开表.pdf"),
            new Sample("samples/jiangsu/zhengxie-2019-tables.pdf", "江苏省政协办公厅2019年预算公开表.pdf"),
            new Sample("samples/jiangsu/shengwei-2017-tables.pdf", "江苏省委办公厅2017年预算公开表格.pdf"),
            new Sample("samples/jiangsu/shengwei-2018-text.pdf", "江苏省委办公厅2018年度部门预算公开文件.pdf"),
            new Sample("samples/jiangsu/shengwei-2018-tables.pdf", "江苏省委办公厅2018年度部门预算公开表.pdf"),
            new Sample("samples/jiangsu/shengwei-2019-tables.pdf", "江苏省委办公厅2019年度部门预算公开表格.pdf"),
            new Sample("samples/jiangsu/renda-2017.pdf", "江苏省人大办公厅2017年度预算公开.pdf"),
            new Sample("samples/jiangsu/renda-2019-tables.pdf", "江苏省人大常委会办公厅2019年部门预算公开表.pdf"));

    private SampleLoader() {
    }

    /** Imports every bundled sample when the store is empty; returns what became of each (nothing when not empty). */
    public static List<ImportResult> loadIfEmpty(DisclosureStore store) {
        return loadIfEmpty(store, ALL);
    }

    /**
     * Imports {@code samples} when the store is empty, together ({@link DisclosureStore#importAll}: a
     * text and its tables among them are one version); returns what became of each file or pair
     * (nothing when not empty).
     */
    public static List<ImportResult> loadIfEmpty(DisclosureStore store, List<Sample> samples) {
        if (!store.isEmpty()) {
            return List.of();
        }
        List<DisclosureStore.Upload> uploads = new ArrayList<>();
        for (Sample sample : samples) {
            try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(sample.resource())) {
                if (in == null) {
                    throw new IllegalStateException("样例文件缺失：" + sample.resource() + "（安装包不完整，请重新构建）");
                }
                uploads.add(DisclosureStore.Upload.of(in.readAllBytes(), sample.fileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // together, as a folder is imported: 江苏省委办公厅2018's text and tables are one version
        return store.importAll(uploads, name -> { }, r -> { });
    }
}
