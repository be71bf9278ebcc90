package io.manchette.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A webhook receiver the test runs on 127.0.0.1 and a free port: it keeps every request it gets,
 * and answers each with the next status queued (then 204), so a test can make it fail first.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: its headers (names in lower case) and its body. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 204;
    private volatile String location;
    private volatile java.util.function.Function<Received, Integer> rule = r -> null;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiver = new WebhookReceiver(server);
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), new ArrayList<>(v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var request = new Received(headers, body);
            receiver.received.add(request);
            Integer status = receiver.rule.apply(request);
            if (status == null) {
                status = receiver.answers.poll();
            }
            int code = status == null ? receiver.otherwise : status;
            if (code >= 300 && code < 400 && receiver.location != null) {
                exchange.getResponseHeaders().add("Location", receiver.location);
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    /** Answers the next requests with these statuses, in order. */
    public WebhookReceiver failFirst(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers the requests {@code rule} gives a status for with it (null: the usual answer). */
    public WebhookReceiver answer(java.util.function.Function<Received, Integer> rule) {
        this.rule = rule;
        return this;
    }

    /** Answers every request (after the queued ones) with this status. */
    public WebhookReceiver alwaysAnswer(int status) {
        this.otherwise = status;
        return this;
    }

    /** Redirects every request there (with a 3xx from {@link #alwaysAnswer}). */
    public WebhookReceiver redirectTo(String location) {
        this.location = location;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> matching(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
