package io.manchette.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A small Server-Sent Events client for tests: reads the raw stream with the JDK's HTTP client on
 * a thread of its own and parses it as EventSource does (WHATWG HTML, "Server-sent events"):
 * {@code id:}, {@code event:}, {@code data:} lines, comments, a blank line dispatching. Waits are
 * for a condition with a generous deadline, never for time.
 */
public final class SseClient implements AutoCloseable {

    /** A dispatched event. */
    public record Event(String id, String type, String data) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final HttpResponse<InputStream> response;
    private final List<Event> events = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();
    private String lastEventId = "";
    private boolean ended;
    private final Thread reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url} (with Last-Event-ID when not null) and returns once the headers have come. */
    public static SseClient open(String url, String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not open " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static SseClient open(String url) {
        return open(url, null);
    }

    public int status() {
        return response.statusCode();
    }

    public Map<String, List<String>> headers() {
        return response.headers().map();
    }

    /** Every event dispatched so far, in order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> comments() {
        return List.copyOf(comments);
    }

    /** What EventSource would send back as Last-Event-ID now. */
    public synchronized String lastEventId() {
        return lastEventId;
    }

    public synchronized boolean ended() {
        return ended;
    }

    /** The first event matching {@code condition}, waiting for it up to {@link Eventually#DEADLINE}. */
    public Event await(String what, Predicate<Event> condition) {
        Event[] found = new Event[1];
        Eventually.until(what, () -> {
            for (Event event : events()) {
                if (condition.test(event)) {
                    found[0] = event;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Waits until the client has a position (the stream's first block). */
    public String awaitPosition() {
        Eventually.until("the stream gives a position", () -> !lastEventId().isEmpty());
        return lastEventId();
    }

    private void read() {
        String id = null;
        String type = "";
        var data = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    synchronized (this) {
                        if (id != null) {
                            lastEventId = id;
                        }
                        if (data.length() > 0) {
                            events.add(new Event(lastEventId, type.isEmpty() ? "message" : type, data.toString()));
                        }
                    }
                    id = null;
                    type = "";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    synchronized (this) {
                        comments.add(line.substring(1).strip());
                    }
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" ->
                            data.append(data.length() > 0 ? "\n" : "").append(value);
                        default -> {}
                    }
                }
            }
        } catch (IOException closed) {
            // closed by the test or the server
        } finally {
            synchronized (this) {
                ended = true;
            }
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // already closed
        }
        reader.interrupt();
    }
}
