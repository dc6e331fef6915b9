package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The small parts behind uploads and downloads: the type check, the limit, the kept results, the file names. */
class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n…".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};
    private static final byte[] TEXT = "柳林县人力资源和社会保障局2024年度单位预算公开\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileIsAcceptedWhenItsNameAndItsContentAgree() {
        assertThat(UploadType.of("单位预算.PDF", PDF)).contains(UploadType.PDF);
        assertThat(UploadType.of("报表.xlsx", ZIP)).contains(UploadType.XLSX);
        assertThat(UploadType.of("单位预算.txt", TEXT)).contains(UploadType.TEXT);
        assertThat(UploadType.of("空.txt", new byte[0])).contains(UploadType.TEXT);
    }

    @Test
    void aFileIsRefusedWhenItsNameOrItsContentIsAnotherKind() {
        assertThat(UploadType.of("setup.exe", EXE)).isEmpty();
        assertThat(UploadType.of("预算.pdf", EXE)).isEmpty();
        assertThat(UploadType.of("预算.txt", EXE)).isEmpty();
        assertThat(UploadType.of("预算.txt", PDF)).isEmpty();
        assertThat(UploadType.of("预算.txt", new byte[] {'a', 0, 'b'})).isEmpty();
        assertThat(UploadType.of("预算.xlsx", TEXT)).isEmpty();
        assertThat(UploadType.of("预算.docx", ZIP)).isEmpty();
        assertThat(UploadType.of(null, TEXT)).isEmpty();
    }

    @Test
    void theLimitIsSaidInMegabytesOrKilobytes() {
        assertThat(UploadLimit.DEFAULT.text()).isEqualTo("50 MB");
        assertThat(new UploadLimit(1024 * 1024).text()).isEqualTo("1 MB");
        assertThat(new UploadLimit(1536 * 1024).text()).isEqualTo("1.5 MB");
        assertThat(new UploadLimit(800 * 1024).text()).isEqualTo("800 KB");
        assertThatThrownBy(() -> new UploadLimit(0)).hasMessageContaining("上传上限必须为正数");
    }

    @Test
    void aResultIsComputedOnceEvenWhenAskedForAtTheSameTime() throws Exception {
        BoundedCache<String, String> cache = new BoundedCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return cache.get("页", k -> {
                        computed.incrementAndGet();
                        sleep();
                        return k + "面";
                    });
                }));
            }
            go.countDown();
            for (Future<String> a : answers) {
                assertThat(a.get()).isEqualTo("页面");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void theOldestResultsAreDroppedAndAFailureIsNotKept() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(2);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            cache.get(i, k -> computed.incrementAndGet());
        }
        assertThat(cache.size()).isEqualTo(2);
        cache.get(4, k -> computed.incrementAndGet());
        assertThat(computed).hasValue(5);
        cache.get(0, k -> computed.incrementAndGet());
        assertThat(computed).hasValue(6);
        assertThatThrownBy(() -> cache.get(9, k -> {
            throw new IllegalStateException("渲染失败");
        })).hasMessage("渲染失败");
        assertThat(cache.get(9, k -> 9)).isEqualTo(9);
    }

    @Test
    void aFileNameLosesOnlyWhatFileSystemsRefuse() {
        assertThat(DownloadFiles.safe("柳林县人力资源和社会保障局2024年度单位预算公开.txt")).isEqualTo("柳林县人力资源和社会保障局2024年度单位预算公开.txt");
        assertThat(DownloadFiles.safe("a/b\\c:d*e?f\"g<h>i|j\u0001k")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k");
        DownloadFiles.File f = new DownloadFiles.File("柳林县 预算.pdf", "application/pdf", new byte[1]);
        assertThat(f.disposition("disclosure-1.pdf"))
                .isEqualTo("attachment; filename=\"disclosure-1.pdf\"; filename*=UTF-8''%E6%9F%B3%E6%9E%97%E5%8E%BF%20%E9%A2%84%E7%AE%97.pdf");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
