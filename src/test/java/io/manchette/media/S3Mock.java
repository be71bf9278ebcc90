package io.manchette.media;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * S3Mock (Adobe's S3-compatible test server) in a JVM of its own, from its executable jar (copied
 * to {@code target/s3mock} by the build): it is a Spring Boot application, whose libraries would
 * clash with Quarkus's on one classpath. The application under test is pointed at it, with one
 * bucket.
 */
public class S3Mock implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "manchette-media-test";

    private static volatile String endpoint;
    private Process process;

    public static String endpoint() {
        return endpoint;
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("S3Mock's jar is missing: " + jar + " (mvn process-test-resources)");
        }
        int http = freePort();
        int https = freePort();
        try {
            process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx192m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--server.port=" + https,
                            "--com.adobe.testing.s3mock.httpPort=" + http,
                            "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                            "--spring.main.banner-mode=off")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ready when Spring Boot says so; its output is read to the end so the pipe never fills.
        var started = new CompletableFuture<Void>();
        var reader = new Thread(
                () -> {
                    try (var lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.contains("Started S3MockApplication")) {
                                started.complete(null);
                            }
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                    started.completeExceptionally(new IllegalStateException("S3Mock stopped before it started"));
                },
                "s3mock-output");
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("S3Mock did not start", e);
        }
        endpoint = "http://127.0.0.1:" + http;
        return Map.of(
                "manchette.media.storage", "s3",
                "manchette.media.s3.endpoint", endpoint,
                "manchette.media.s3.bucket", BUCKET,
                "manchette.media.s3.region", "eu-west-1",
                "manchette.media.s3.path-style", "true",
                "manchette.media.s3.access-key-id", "test",
                "manchette.media.s3.secret-access-key", "test");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
