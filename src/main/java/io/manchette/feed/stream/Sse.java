package io.manchette.feed.stream;

import java.nio.charset.StandardCharsets;

/** The few shapes of the text/event-stream format (WHATWG HTML, "Server-sent events") the stream writes. */
final class Sse {

    private Sse() {}

    /** An event; {@code data} is one line of JSON (Jackson escapes every line break). */
    static String event(String id, String type, String data) {
        return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
    }

    /**
     * A position without an event: a block with an id and no data moves the client's last event id
     * (what EventSource sends back as Last-Event-ID) without dispatching anything.
     */
    static String position(String id) {
        return "id: " + id + "\n\n";
    }

    /** A comment line, ignored by clients: the heartbeat that keeps proxies from closing the stream. */
    static byte[] comment(String text) {
        return (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
