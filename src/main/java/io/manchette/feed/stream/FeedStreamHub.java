package io.manchette.feed.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.delivery.Changed;
import io.manchette.feed.FeedItem;
import io.manchette.feed.FeedScope;
import io.manchette.feed.stream.FeedStreamRepository.ArticleState;
import io.manchette.feed.stream.FeedStreamRepository.Change;
import io.manchette.feed.stream.FeedStreamRepository.Changes;
import io.manchette.taxonomy.section.SectionRef;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The live stream's one reader of the change events on this instance, shared by every connection.
 *
 * <p>Its own thread reads the change events after its position in batches (one query for the
 * events, one for the current state of every article they touch), woken at once by each heard
 * change and every second anyway. It remembers what it last sent for each recent article, so that
 * a change readers of the fil info cannot see (a comment count) sends nothing, an unpublished
 * article can be named by the slug it had, and a changed slug removes the old one. A client that
 * comes back with Last-Event-ID is caught up on another thread from the change events it missed
 * (the current state of each article they touch, in the order of their last change), while the
 * live events that arrive meanwhile wait for it in order.
 *
 * <p>Change event ids are taken when an event is written, not when it commits: an id below the
 * position that is not there yet may belong to a transaction still running. Such gaps are read
 * again on every batch until they appear, or until every transaction that was running when they
 * were seen has ended (PostgreSQL's snapshot horizon), and a position names the gaps it still
 * waits for.
 */
@ApplicationScoped
public class FeedStreamHub {

    /** What a connection does with the bytes it is given: the route writes them on its event loop. */
    public interface Sink {
        /** Called on the hub's thread; must not block. */
        void send(byte[] bytes);
    }

    /** One connection of the stream. */
    public static final class Subscription {
        final FeedScope scope;
        final Sink sink;
        /** Where the client said it stood (Last-Event-ID); null for a new client. */
        final StreamPosition from;
        /** The client sent a Last-Event-ID that is no position of this stream. */
        final boolean unknownFrom;

        private boolean closed;
        /** Live events waiting while the client is caught up; null once it is live. */
        private List<byte[]> queued;

        private StreamPosition lastSent;

        public Subscription(FeedScope scope, Sink sink, String lastEventId) {
            this.scope = scope;
            this.sink = sink;
            this.from = StreamPosition.parse(lastEventId);
            this.unknownFrom = lastEventId != null && from == null;
        }
    }

    private static final Logger LOG = Logger.getLogger(FeedStreamHub.class);

    /** Articles remembered (what was last sent for each), the newest first to be loaded. */
    static final int KNOWN_LOADED = 5000;

    static final int KNOWN_MAX = 20_000;

    /** Missing ids tracked below the newest one seen. */
    static final int MAX_TRACKED_GAPS = 1000;

    /** A gap older than this is given up, whatever the horizon says. */
    static final Duration GAP_MAX_AGE = Duration.ofMinutes(2);

    static final int CATCH_UP_ATTEMPTS = 5;

    private record Gap(long xmax, long seenAt) {}

    /** What the stream last sent of an article: whether it was published, and its item then. */
    private record Known(boolean published, FeedItem item) {}

    /** One event to send: its id, type and data. */
    private record Out(StreamPosition id, String type, String data) {}

    private final FeedStreamRepository repository;
    private final ObjectMapper json;
    private final Duration window;
    private final int replayMax;
    private final int batchSize;

    private final ScheduledExecutorService thread;
    private final ExecutorService catchUps;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();

    // Touched only on the hub's thread.
    private boolean started;
    private long cursor;
    private final TreeMap<Long, Gap> gaps = new TreeMap<>();
    private final Map<Long, Known> known = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Known> eldest) {
            return size() > KNOWN_MAX;
        }
    };
    private Set<Long> front = Set.of();
    private final Set<Subscription> subscriptions = new LinkedHashSet<>();
    private StreamPosition position;
    private volatile int connected;

    FeedStreamHub(FeedStreamRepository repository, ObjectMapper json, ManchetteConfig config) {
        this.repository = repository;
        this.json = json;
        this.window = config.stream().replayWindow();
        this.replayMax = config.stream().replayMax();
        this.batchSize = config.stream().batchSize();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "manchette-feed-stream"));
        this.catchUps = Executors.newFixedThreadPool(2, r -> daemon(r, "manchette-feed-stream-catch-up"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    void start(@Observes StartupEvent event) {
        thread.scheduleWithFixedDelay(this::drain, 0, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        thread.shutdownNow();
        catchUps.shutdownNow();
    }

    /** Heard on the listener's thread or at a commit: only wakes the hub, never waits for it. */
    void changed(@Observes Changed changed) {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // shutting down
            }
        }
    }

    /** How many connections the stream has now. */
    public int connections() {
        return connected;
    }

    public void subscribe(Subscription subscription) {
        thread.execute(() -> register(subscription));
    }

    public void unsubscribe(Subscription subscription) {
        thread.execute(() -> {
            subscription.closed = true;
            subscriptions.remove(subscription);
            connected = subscriptions.size();
        });
    }

    private void register(Subscription subscription) {
        if (subscription.closed) {
            return;
        }
        if (!started && !begin()) {
            thread.schedule(() -> register(subscription), 1, TimeUnit.SECONDS);
            return;
        }
        StreamPosition now = position;
        subscriptions.add(subscription);
        connected = subscriptions.size();
        subscription.lastSent = now;
        if (subscription.unknownFrom) {
            subscription.sink.send(bytes(reset(now, "unknown-id")));
        } else if (subscription.from == null) {
            subscription.sink.send(bytes(Sse.position(now.toString())));
        } else {
            subscription.queued = new ArrayList<>();
            catchUp(subscription, now, 1);
        }
    }

    private void catchUp(Subscription subscription, StreamPosition upto, int attempt) {
        catchUps.execute(() -> {
            try {
                var found = repository.catchUp(subscription.from, upto, window, replayMax);
                thread.execute(() -> caughtUp(subscription, upto, found));
            } catch (SQLException | RuntimeException e) {
                if (attempt < CATCH_UP_ATTEMPTS) {
                    LOG.debugf("Catching a stream client up failed (%s); trying again", e.getMessage());
                    thread.schedule(() -> catchUp(subscription, upto, attempt + 1), attempt, TimeUnit.SECONDS);
                } else {
                    LOG.warnf("Catching a stream client up failed %d times (%s): reset", attempt, e.getMessage());
                    thread.execute(() -> caughtUp(subscription, upto, null, "unavailable"));
                }
            }
        });
    }

    private void caughtUp(Subscription subscription, StreamPosition upto, FeedStreamRepository.CatchUp found) {
        caughtUp(subscription, upto, found, "too-old");
    }

    private void caughtUp(
            Subscription subscription, StreamPosition upto, FeedStreamRepository.CatchUp found, String resetReason) {
        if (subscription.closed) {
            return;
        }
        var text = new StringBuilder();
        boolean front = subscription.scope == FeedScope.FRONT;
        if (found == null) {
            text.append(reset(upto, resetReason));
        } else if (found.rows().size() > replayMax) {
            text.append(reset(upto, "too-many"));
        } else if (front && found.frontChanged()) {
            text.append(reset(upto, "front-page-changed"));
        } else {
            List<String[]> events = new ArrayList<>();
            for (ArticleState state : found.rows()) {
                boolean visible = state.published() && (!front || state.inFrontSelection());
                if (visible) {
                    events.add(new String[] {"item", itemJson(item(state))});
                } else if (!front || state.inFrontSelection()) {
                    Known last = known.get(state.id());
                    if (last != null && last.item() != null) {
                        events.add(
                                new String[] {"removed", removedJson(last.item().slug())});
                    }
                }
            }
            // Until the last one, the client stands where it came from: cut short, it asks again.
            for (int i = 0; i < events.size(); i++) {
                String id = i == events.size() - 1 ? upto.toString() : subscription.from.toString();
                text.append(Sse.event(id, events.get(i)[0], events.get(i)[1]));
            }
            if (events.isEmpty()) {
                text.append(Sse.position(upto.toString()));
            }
        }
        subscription.sink.send(bytes(text.toString()));
        subscription.queued.forEach(subscription.sink::send);
        subscription.queued = null;
    }

    private String reset(StreamPosition at, String reason) {
        return Sse.event(at.toString(), "reset", "{\"reason\":\"" + reason + "\"}");
    }

    /** Reads and sends every change event there is, batch after batch; a failure waits for the next turn. */
    private void drain() {
        wakeQueued.set(false);
        try {
            if (!started && !begin()) {
                return;
            }
            for (int i = 0; i < 10_000; i++) {
                if (batch() < batchSize) {
                    return;
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("The feed stream could not read changes (%s); it tries again within a second", e.getMessage());
        }
    }

    private boolean begin() {
        try {
            var start = repository.start(KNOWN_LOADED);
            cursor = start.lastId();
            long now = System.nanoTime();
            start.missing().forEach(id -> gaps.put(id, new Gap(start.xmax(), now)));
            for (int i = start.newest().size() - 1; i >= 0; i--) {
                ArticleState state = start.newest().get(i);
                known.put(state.id(), new Known(true, item(state)));
            }
            front = start.front();
            position = StreamPosition.of(cursor, gaps.keySet());
            started = true;
            LOG.infof("The feed stream starts after change event %d", cursor);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("The feed stream cannot start yet (%s)", e.getMessage());
            return false;
        }
    }

    /** One batch: returns how many change events it read. */
    private int batch() throws SQLException {
        long[] pending = gaps.keySet().stream().mapToLong(Long::longValue).toArray();
        Changes changes = repository.changesAfter(cursor, pending, batchSize);
        long now = System.nanoTime();
        Map<Long, Long> articles = new HashMap<>();
        Map<Long, Long> sections = new HashMap<>();
        long frontChange = 0;
        long newest = cursor;
        for (Change change : changes.rows()) {
            gaps.remove(change.id());
            if (change.id() > newest) {
                for (long id = Math.max(newest + 1, change.id() - MAX_TRACKED_GAPS); id < change.id(); id++) {
                    gaps.put(id, new Gap(changes.xmax(), now));
                }
                newest = change.id();
            }
            switch (change.entity()) {
                case "article" -> articles.merge(change.entityId(), change.id(), Math::max);
                case "section" -> sections.merge(change.entityId(), change.id(), Math::max);
                case "front-page" -> frontChange = Math.max(frontChange, change.id());
                default -> {}
            }
        }
        cursor = newest;
        // A gap is over once every transaction that could fill it has ended (or after a while anyway).
        gaps.values().removeIf(gap -> changes.xmin() >= gap.xmax() || now - gap.seenAt() > GAP_MAX_AGE.toNanos());
        while (gaps.size() > MAX_TRACKED_GAPS) {
            gaps.pollFirstEntry();
        }

        Set<Long> frontBefore = front;
        Set<Long> frontNow = front;
        if (frontChange > 0) {
            frontNow = repository.frontSelection();
            for (Long id : symmetricDifference(frontBefore, frontNow)) {
                articles.merge(id, frontChange, Math::max);
            }
        }
        Map<Long, ArticleState> states = new HashMap<>();
        for (ArticleState state : repository.states(articles.keySet(), sections.keySet())) {
            long last = Math.max(articles.getOrDefault(state.id(), 0L), sections.getOrDefault(state.sectionId(), 0L));
            states.put(state.id(), withLastChange(state, last));
        }
        for (var article : articles.entrySet()) {
            // Not there any more: deleted.
            states.computeIfAbsent(
                    article.getKey(),
                    id -> new ArticleState(
                            id, false, false, 0, null, null, null, null, null, null, article.getValue()));
        }
        List<ArticleState> ordered = new ArrayList<>(states.values());
        ordered.sort(Comparator.comparingLong(ArticleState::lastChangeId).thenComparingLong(ArticleState::id));

        List<Out> all = new ArrayList<>();
        List<Out> onFront = new ArrayList<>();
        for (ArticleState state : ordered) {
            Known before = known.get(state.id());
            FeedItem item = state.published() ? item(state) : null;
            StreamPosition id = StreamPosition.of(state.lastChangeId(), gaps.keySet());
            boolean wasPublic = before != null && before.published();
            compare(all, id, wasPublic ? before.item() : null, item);
            boolean wasOnFront = wasPublic && frontBefore.contains(state.id());
            boolean isOnFront = item != null && frontNow.contains(state.id());
            compare(onFront, id, wasOnFront ? before.item() : null, isOnFront ? item : null);
            if (item != null) {
                known.put(state.id(), new Known(true, item));
            } else if (before != null) {
                known.put(state.id(), new Known(false, before.item()));
            }
        }
        front = frontNow;
        StreamPosition after = StreamPosition.of(cursor, gaps.keySet());
        boolean moved = !after.equals(position);
        position = after;
        if (!all.isEmpty() || !onFront.isEmpty() || moved) {
            byte[] toAll = bytes(all, after);
            byte[] toFront = bytes(onFront, after);
            for (Subscription subscription : subscriptions) {
                byte[] bytes = subscription.scope == FeedScope.FRONT ? toFront : toAll;
                if (subscription.queued != null) {
                    subscription.queued.add(bytes);
                } else {
                    subscription.sink.send(bytes);
                }
                subscription.lastSent = after;
            }
        }
        return changes.rows().size();
    }

    /** What one scope's reader must be told for one article, from what it had to what it has. */
    private void compare(List<Out> events, StreamPosition id, FeedItem had, FeedItem has) {
        if (has != null) {
            if (had == null || !had.equals(has)) {
                if (had != null && !had.slug().equals(has.slug())) {
                    events.add(new Out(id, "removed", removedJson(had.slug())));
                }
                events.add(new Out(id, "item", itemJson(has)));
            }
        } else if (had != null) {
            events.add(new Out(id, "removed", removedJson(had.slug())));
        }
    }

    private static byte[] bytes(List<Out> events, StreamPosition after) {
        var text = new StringBuilder();
        for (Out event : events) {
            text.append(Sse.event(event.id().toString(), event.type(), event.data()));
        }
        if (events.isEmpty() || !events.get(events.size() - 1).id().equals(after)) {
            text.append(Sse.position(after.toString()));
        }
        return bytes(text.toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ArticleState withLastChange(ArticleState s, long last) {
        return new ArticleState(
                s.id(),
                s.published(),
                s.inFrontSelection(),
                s.sectionId(),
                s.slug(),
                s.title(),
                s.sectionSlug(),
                s.sectionName(),
                s.sectionPath(),
                s.publishedAt(),
                last);
    }

    private static FeedItem item(ArticleState state) {
        return new FeedItem(
                state.slug(),
                state.title(),
                new SectionRef(state.sectionSlug(), state.sectionName(), state.sectionPath()),
                state.publishedAt());
    }

    private String itemJson(FeedItem item) {
        try {
            return json.writeValueAsString(item);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String removedJson(String slug) {
        try {
            return json.writeValueAsString(Map.of("slug", slug));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Set<Long> symmetricDifference(Set<Long> a, Set<Long> b) {
        Set<Long> difference = new HashSet<>(a);
        difference.addAll(b);
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        difference.removeAll(both);
        return difference;
    }
}
