package io.manchette.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.ProblemException;
import io.manchette.common.error.ProblemTypes;
import io.manchette.delivery.AnswerHeaders;
import io.manchette.delivery.Changed;
import io.manchette.media.ImageCodec.Format;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The presets and the renditions made from them. A rendition's URL is
 * {@code /media/<id>-<tag>/<preset>.<format>}, where the tag is a digest of everything its pixels
 * depend on (the original's SHA-256, the focal point, the preset's width and crop): a new focal point
 * or preset gives new URLs, so the old ones may be cached for a year. A rendition is made on its
 * first request, stored, and recorded in {@code media_renditions}; later requests read it back (and
 * the most asked-for stay in memory). Making one holds one of {@code manchette.media.concurrency}
 * permits, and concurrent requests for the same rendition wait for the one being made.
 */
@ApplicationScoped
public class Renditions {

    private static final Logger LOG = Logger.getLogger(Renditions.class);
    private static final Pattern ID_SEGMENT = Pattern.compile("([1-9][0-9]{0,17})-([0-9a-f]{12})");
    /** How long a request waits for a permit before it is told to come back. */
    private static final Duration PERMIT_WAIT = Duration.ofSeconds(30);

    /** A rendition's bytes (null for a 304), its strong validator, and the end of its photo's rights. */
    public record Served(byte[] bytes, String etag, Format format, Instant rightsUntil) {

        /** Past the photo's rights, its URLs answer 404. */
        boolean shownAt(Instant now) {
            return MediaItem.shownAt(rightsUntil, now);
        }

        Served notModified() {
            return new Served(null, etag, format, rightsUntil);
        }
    }

    /** The URL changes whenever the bytes would: a year, and no revalidation. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final long YEAR_SECONDS = 31_536_000;

    /** The key of a photo's own change events (migration V20261207_2). */
    private static final String CHANGE_KEY = "media:";

    private final Map<String, Preset> presets;
    private final MediaRepository media;
    private final MediaStore store;
    private final ImageCodec codec;
    private final Clock clock;
    private final String baseUrl;
    private final String encoding;
    private final Semaphore permits;
    private final Cache<String, Served> hot;
    private final Map<String, CompletableFuture<Served>> making = new ConcurrentHashMap<>();
    private final Counter generated;

    Renditions(ManchetteConfig config, MediaRepository media, MediaStore store, Clock clock, MeterRegistry meters) {
        var settings = config.media();
        var named = new TreeMap<String, Preset>();
        settings.presets().forEach((name, p) -> {
            if (!name.matches("[a-z0-9][a-z0-9-]{0,31}")) {
                throw new IllegalArgumentException("Preset names are lower-case letters, digits and dashes: " + name);
            }
            named.put(name, Preset.of(name, p.width(), p.crop()));
        });
        this.presets = Map.copyOf(named);
        this.media = media;
        this.store = store;
        this.clock = clock;
        this.codec = new ImageCodec(settings.jpegQuality(), settings.webpQuality());
        this.baseUrl = settings.baseUrl().map(u -> u.replaceAll("/+$", "")).orElse("");
        this.encoding = "jpeg=" + settings.jpegQuality() + ",webp=" + settings.webpQuality();
        this.permits = new Semaphore(Math.max(1, settings.concurrency()), true);
        this.hot = Caffeine.newBuilder()
                .maximumWeight(settings.memoryCache().asLongValue())
                .weigher((String key, Served served) -> served.bytes().length + key.length())
                // Another instance's delete or new focal point is heard at once (media:<id>); should
                // its notification be lost, the old URLs still stop being answered from memory by then.
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
        this.generated = Counter.builder("manchette.media.renditions.generated")
                .description("Renditions decoded, resized and encoded (the others were read back)")
                .register(meters);
    }

    ImageCodec codec() {
        return codec;
    }

    /** The presets by name, alphabetically. */
    public List<Preset> presets() {
        return presets.values().stream()
                .sorted(java.util.Comparator.comparing(Preset::name))
                .toList();
    }

    /** The tag of a rendition: a digest of what its pixels depend on. */
    static String tag(MediaItem item, Preset preset) {
        String basis = item.getDigest() + "|" + item.getFocalX() + "|" + item.getFocalY() + "|" + preset.width() + "|"
                + preset.crop();
        return HexFormat.of().formatHex(sha256(basis)).substring(0, 12);
    }

    public String url(MediaItem item, Preset preset, Format format) {
        return baseUrl + "/media/" + item.getId() + "-" + tag(item, preset) + "/" + preset.name() + "."
                + format.extension();
    }

    /** Each preset of an item: its size and URLs. */
    List<RenditionLink> links(MediaItem item) {
        var links = new ArrayList<RenditionLink>();
        for (Preset preset : presets()) {
            var crop = preset.crop(item.getWidth(), item.getHeight(), item.getFocalX(), item.getFocalY());
            var out = preset.output(crop);
            links.add(new RenditionLink(
                    preset.name(),
                    preset.crop(),
                    out.width(),
                    out.height(),
                    url(item, preset, Format.JPEG),
                    url(item, preset, Format.WEBP)));
        }
        return links;
    }

    /** The delivery shape of an item (see {@link MediaDelivery}). */
    MediaDelivery delivery(MediaItem item) {
        var links = links(item);
        Map<String, Map<String, String>> srcset = new LinkedHashMap<>();
        links.stream()
                .sorted(java.util.Comparator.comparing(RenditionLink::crop).thenComparingInt(RenditionLink::width))
                .forEach(link -> {
                    var byFormat = srcset.computeIfAbsent(link.crop(), c -> new LinkedHashMap<>());
                    byFormat.merge("jpeg", link.jpeg() + " " + link.width() + "w", (a, b) -> a + ", " + b);
                    byFormat.merge("webp", link.webp() + " " + link.width() + "w", (a, b) -> a + ", " + b);
                });
        String src = links.stream()
                .filter(l -> l.crop().equals("original"))
                .max(java.util.Comparator.comparingInt(RenditionLink::width))
                .or(() -> links.stream().max(java.util.Comparator.comparingInt(RenditionLink::width)))
                .map(RenditionLink::jpeg)
                .orElse(null);
        return new MediaDelivery(
                item.getId(),
                item.getAlt(),
                item.getCaption(),
                item.getCredit(),
                item.getWidth(),
                item.getHeight(),
                src,
                srcset,
                links);
    }

    /**
     * The rendition at {@code /media/<idSegment>/<preset>.<format>}; {@code null} bytes when
     * {@code ifNoneMatch} names it (a 304). Unknown, out-of-date or malformed: 404.
     */
    public Served serve(String idSegment, String presetName, String extension, String ifNoneMatch) {
        Format format = Format.ofExtension(extension);
        Preset preset = presets.get(presetName);
        var id = ID_SEGMENT.matcher(idSegment);
        if (format == null || preset == null || !id.matches()) {
            throw new NotFound("Rendition", idSegment + "/" + presetName + "." + extension);
        }
        String key = idSegment + "/" + presetName + "." + extension;
        Instant now = clock.instant();
        Served served = hot.getIfPresent(key);
        if (served != null && !served.shownAt(now)) {
            hot.invalidate(key);
            served = null;
        }
        if (served == null) {
            MediaItem item = media.findByIdOptional(Long.parseLong(id.group(1)))
                    .filter(m -> tag(m, preset).equals(id.group(2)))
                    .filter(m -> MediaItem.shownAt(m.getRightsUntil(), now))
                    .orElseThrow(() -> new NotFound("Rendition", key));
            String etag = etag(id.group(2), preset, format);
            if (AnswerHeaders.matches(ifNoneMatch, etag)) {
                return new Served(null, etag, format, item.getRightsUntil());
            }
            served = load(item, preset, format, etag);
            hot.put(key, served);
        }
        if (AnswerHeaders.matches(ifNoneMatch, served.etag())) {
            return served.notModified();
        }
        return served;
    }

    /**
     * The rendition at {@code /media/<idSegment>/<preset>.<format>} if this instance holds it in
     * memory, or null: answered on the event loop, with no look-up, no thread hop.
     */
    Served hot(String key) {
        Served served = hot.getIfPresent(key);
        return served == null || !served.shownAt(clock.instant()) ? null : served;
    }

    /**
     * Immutable for a year, or only until the photo's rights end: a CDN or a browser must not keep
     * showing it after that.
     */
    String cacheControl(Served served) {
        if (served.rightsUntil() == null) {
            return IMMUTABLE;
        }
        long left = Duration.between(clock.instant(), served.rightsUntil()).toSeconds();
        return "public, max-age=" + Math.max(0, Math.min(YEAR_SECONDS, left)) + ", immutable";
    }

    /** Forgets an item's renditions held in memory (its delete, its new focal point). */
    void forget(long mediaId) {
        hot.asMap().keySet().removeIf(k -> k.startsWith(mediaId + "-"));
    }

    /** Any instance's delete or new focal point of a photo: its change event names media:<id>. */
    void on(@Observes Changed heard) {
        if (heard.everything()) {
            hot.invalidateAll();
            return;
        }
        for (String key : heard.keys()) {
            if (key.startsWith(CHANGE_KEY)) {
                forget(Long.parseLong(key.substring(CHANGE_KEY.length())));
            }
        }
    }

    private Served load(MediaItem item, Preset preset, Format format, String etag) {
        String tag = tag(item, preset);
        var recorded = media.findRendition(item.getId(), tag, preset.name(), format.extension());
        if (recorded.isPresent()) {
            var bytes = store.get(recorded.get().storageKey());
            if (bytes.isPresent()) {
                return new Served(bytes.get(), etag, format, item.getRightsUntil());
            }
            LOG.warnf(
                    "Rendition %s is recorded but missing from the store: made again",
                    recorded.get().storageKey());
        }
        String storageKey = "renditions/" + item.getId() + "/" + tag + "/" + preset.name() + "." + format.extension();
        var mine = new CompletableFuture<Served>();
        var other = making.putIfAbsent(storageKey, mine);
        if (other != null) {
            return other.join();
        }
        try {
            Served made = make(item, preset, format, etag, tag, storageKey);
            mine.complete(made);
            return made;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(storageKey);
        }
    }

    private Served make(MediaItem item, Preset preset, Format format, String etag, String tag, String storageKey) {
        acquire();
        byte[] bytes;
        Preset.Box box;
        try {
            byte[] original = store.get(item.originalKey())
                    .orElseThrow(() -> new IllegalStateException("The original of media " + item.getId()
                            + " is missing from the " + store.name() + " store"));
            var crop = preset.crop(item.getWidth(), item.getHeight(), item.getFocalX(), item.getFocalY());
            box = preset.output(crop);
            bytes = codec.render(item.probe(), original, crop, box, format);
        } catch (IOException e) {
            throw new IllegalStateException("Media " + item.getId() + " could not be rendered", e);
        } finally {
            permits.release();
        }
        generated.increment();
        store.put(storageKey, bytes);
        int size = bytes.length;
        Preset.Box output = box;
        QuarkusTransaction.requiringNew()
                .run(() -> media.recordRendition(
                        item.getId(),
                        tag,
                        preset.name(),
                        format.extension(),
                        storageKey,
                        size,
                        output.width(),
                        output.height(),
                        clock.instant()));
        return new Served(bytes, etag, format, item.getRightsUntil());
    }

    /** Waits for a permit to decode; a server this busy says so with a 503 rather than pile up work. */
    void acquire() {
        try {
            if (!permits.tryAcquire(PERMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    void release() {
        permits.release();
    }

    private static ProblemException busy() {
        return new ProblemException(
                503,
                ProblemTypes.SERVICE_UNAVAILABLE,
                "Service unavailable",
                "Too many images are being processed: retry in a few seconds",
                Map.of(),
                Map.of("Retry-After", "5"));
    }

    /** Strong: the same tag, format and encoder settings always give the same bytes. */
    private String etag(String tag, Preset preset, Format format) {
        byte[] digest = sha256(tag + "|" + preset.name() + "|" + format.extension() + "|" + encoding);
        return "\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    }

    static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
