package org.gongkai.app.serve;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * At most {@code capacity} results kept in memory, each computed once however many requests ask
 * for it at the same time (the others wait for the first), the oldest dropped first. A failed
 * computation is not kept. Reading a kept result takes no lock.
 * Example: {@code new BoundedCache<PageKey, byte[]>(256).get(key, k -> render(k))} renders the
 * reference document's page once, then answers from memory.
 *
 * @param <K> what a result is of
 * @param <V> the result
 */
final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, CompletableFuture<V>> results = new ConcurrentHashMap<>();
    private final Queue<K> order = new ConcurrentLinkedQueue<>();

    BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("容量必须为正数：" + capacity);
        }
        this.capacity = capacity;
    }

    /** The result for {@code key}: kept, being computed (then waited for), or computed now by {@code compute}. */
    V get(K key, Function<K, V> compute) {
        CompletableFuture<V> kept = results.get(key);
        if (kept == null) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            kept = results.putIfAbsent(key, mine);
            if (kept == null) {
                try {
                    mine.complete(compute.apply(key));
                } catch (RuntimeException | Error e) {
                    results.remove(key, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                order.add(key);
                while (results.size() > capacity) {
                    K oldest = order.poll();
                    if (oldest == null) {
                        break;
                    }
                    results.remove(oldest);
                }
                return mine.join();
            }
        }
        try {
            return kept.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** How many results are kept now. */
    int size() {
        return results.size();
    }
}
