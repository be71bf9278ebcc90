/**
 * The live stream of "Le fil info": {@code GET /api/feed/stream?scope=all|front}, Server-Sent
 * Events on the event loop.
 *
 * <p>No table of its own: the stream reads the {@code change_events} the database triggers write
 * (io.manchette.delivery), so an event's id is a change event id, the same on every instance, and
 * a client can resume on any of them. {@link io.manchette.feed.stream.FeedStreamHub} reads new
 * change events in batches on its own thread (woken by the change listener, and every second
 * anyway), turns them into the current state of each article they touch (one query per batch),
 * compares it with what it last sent, and hands {@code item} and {@code removed} events to every
 * connection. {@link io.manchette.feed.stream.FeedStreamRoute} keeps the connections: no thread per
 * client, heartbeats on a timer, a slow client dropped once its write queue is over its buffer.
 * Every query runs off the event loop and off the change listener, with a lock and a statement
 * timeout, and holds a pool connection only while it runs: the stream cannot hang anything.
 */
package io.manchette.feed.stream;
