package io.manchette.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs the same kind of request from many threads released at the same instant, for race tests. */
public final class Concurrently {

    private Concurrently() {}

    /** Calls {@code request} with 0..n-1, all at once, and returns the results in that order. */
    public static <T> List<T> run(int n, IntFunction<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        var start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
