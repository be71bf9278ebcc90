package io.manchette.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Manchette's own settings, read from {@code manchette.*} properties or {@code MANCHETTE_*} variables. */
@ConfigMapping(prefix = "manchette")
public interface ManchetteConfig {

    /** The first administrator, created at start when no user of that name exists. */
    Admin admin();

    /** What public deliveries show. */
    Delivery delivery();

    /** The local database of the dev and test profiles. */
    LocalDatabase localDatabase();

    /** The public site that front ends serve: where article links in feeds and sitemaps point. */
    Site site();

    /** Readers' comments: moderation mode, spam signals, flood protection. */
    Comments comments();

    /** How many revisions of each article are kept (the newest ones); 0 keeps them all. */
    @WithDefault("100")
    int revisionsKept();

    /** The publication scheduler. */
    Scheduler scheduler();

    /** The change events that database triggers write for every change readers can see. */
    Changes changes();

    /** Signing in: remembered credentials, throttled guessing, response headers. */
    Security security();

    /** Signed webhooks: delivery, retries, automatic pause, the delivery log, address rules. */
    Webhooks webhooks();

    /** The live stream of "Le fil info" ({@code GET /api/feed/stream}, Server-Sent Events). */
    Stream stream();

    /** How the live stream replays, keeps connections open and drops slow clients. */
    interface Stream {
        /**
         * How far back a client reconnecting with Last-Event-ID is caught up (by the time of the
         * change it last saw); an older position gets a reset event.
         */
        @WithDefault("PT15M")
        Duration replayWindow();

        /** The most items a catch-up sends; more missed items than this get a reset event. */
        @WithDefault("500")
        int replayMax();

        /** How often a comment line is sent on an idle stream, so proxies keep it open. */
        @WithDefault("PT15S")
        Duration heartbeat();

        /**
         * Bytes a client may leave unread in its connection's write queue; a client that lets more
         * pile up is disconnected (it reconnects with Last-Event-ID).
         */
        @WithDefault("256K")
        io.quarkus.runtime.configuration.MemorySize clientBuffer();

        /** Change events read per query when the stream catches up with the database. */
        @WithDefault("1000")
        int batchSize();
    }

    /** The media library: uploads, renditions, storage ({@code manchette.media.*}). */
    Media media();

    /** The largest request body outside media uploads (JSON); {@code quarkus.http.limits.max-body-size} is the largest at all. */
    @WithDefault("1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /** Press photos: what may be uploaded, how renditions are made, where the bytes live. */
    interface Media {
        /** Where originals and renditions are kept: postgresql (a table), directory or s3. */
        @WithDefault("postgresql")
        String storage();

        /** The directory of the directory store. */
        Optional<String> directory();

        /** The S3-compatible object store. */
        S3 s3();

        /** The largest original accepted (413 over it). */
        @WithDefault("25M")
        io.quarkus.runtime.configuration.MemorySize maxUploadSize();

        /** The most pixels an original may claim, in megapixels (413 over it, read from the header). */
        @WithDefault("60")
        double maxMegapixels();

        /** Renditions decoded and encoded at once; more wait their turn. */
        @WithDefault("2")
        int concurrency();

        /** JPEG quality of renditions, 0 to 1. */
        @WithDefault("0.82")
        float jpegQuality();

        /** WebP quality of renditions, 0 to 1. */
        @WithDefault("0.78")
        float webpQuality();

        /** Where rendition URLs point (a CDN in front of {@code /media}); paths on this API when unset. */
        Optional<String> baseUrl();

        /** Memory for the renditions most asked for, kept by each instance (0 turns it off). */
        @WithDefault("32M")
        io.quarkus.runtime.configuration.MemorySize memoryCache();

        /** The named presets: {@code manchette.media.presets.<name>.width} and {@code .crop}. */
        java.util.Map<String, Preset> presets();

        /** A rendition's size and crop. */
        interface Preset {
            /** Width in pixels (never wider than the original). */
            int width();

            /** 16:9, 4:3, 1:1 (any W:H) around the focal point, or original. */
            @WithDefault("original")
            String crop();
        }

        /** An S3-compatible bucket (AWS, MinIO, Ceph, Garage...). */
        interface S3 {
            /** Endpoint URL; AWS's own when unset. */
            Optional<String> endpoint();

            /** The bucket. */
            @WithDefault("manchette-media")
            String bucket();

            /** The region. */
            @WithDefault("us-east-1")
            String region();

            /** Path-style addressing (endpoint/bucket/key), as MinIO and most others need. */
            @WithDefault("false")
            boolean pathStyle();

            /** Access key id; the AWS default credential chain when unset. */
            Optional<String> accessKeyId();

            /** Secret access key, with the access key id. */
            Optional<String> secretAccessKey();
        }
    }

    /** The page's blocks served in one request ({@code /api/modules/…}). */
    Modules modules();

    interface Modules {

        /** The Références block: the jobs and careers brand's articles and offers. */
        References references();

        interface References {
            /** The partner name its career articles carry. */
            @WithDefault("Références")
            String partner();

            /** How many of its newest articles the block shows. */
            @WithDefault("4")
            int articles();

            /** How many of the newest job offers the block shows. */
            @WithDefault("6")
            int jobs();
        }
    }

    /** How webhooks are delivered. */
    interface Webhooks {
        /** How often the worker looks for new events and due deliveries (a Quarkus scheduler interval). */
        @WithDefault("1s")
        String every();

        /**
         * The waits before each retry of a failed delivery (ISO-8601, comma-separated), each drawn
         * within 20% of its value; after the last, the delivery has failed for good.
         */
        @WithDefault("PT5S,PT1M,PT5M,PT30M,PT2H,PT8H,PT24H")
        List<Duration> retrySchedule();

        /** Failed attempts in a row, whatever the events, after which a subscription is paused. */
        @WithDefault("15")
        int pauseAfterFailures();

        /** How long the secret replaced by a rotation still signs, beside the new one. */
        @WithDefault("PT24H")
        Duration rotationOverlap();

        /** How long deliveries and their attempts are kept in the log. */
        @WithDefault("P7D")
        Duration logRetention();

        /** Allow URLs on loopback, link-local and private addresses (tests, intranets). */
        @WithDefault("false")
        boolean allowPrivateNetworks();

        /** How long connecting to a receiver may take. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long a receiver may take to answer, once connected. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** This API's base URL as receivers reach it, for the payloads' apiUrl; the site URL when unset. */
        Optional<String> apiUrl();
    }

    /** How sign-ins are checked and guarded. */
    interface Security {
        /** How long a verified Basic credential is remembered (never the password: a keyed digest of it). */
        @WithDefault("PT1M")
        Duration credentialsRememberedFor();

        /** Failed sign-ins (Basic or Bearer) one client address may make per period before a 429. */
        @WithDefault("10")
        long failuresPerClient();

        /** Failed sign-ins one user name may suffer per period, from anywhere, before a 429. */
        @WithDefault("10")
        long failuresPerUser();

        /** The period over which failures are counted (the buckets refill over it). */
        @WithDefault("PT5M")
        Duration failurePeriod();

        /** How many password hashes may be checked at once; the default is half the processors. */
        Optional<Integer> hashingConcurrency();

        /** Strict-Transport-Security's max-age, sent only when set: behind TLS. */
        Optional<Duration> hsts();
    }

    /** How long change events are kept. */
    interface Changes {
        /** Events older than this are pruned (ISO-8601). */
        @WithDefault("P1D")
        Duration retention();
    }

    /** Whether dev mode loads the demo newsroom (sections, articles, accounts) at start. */
    @WithDefault("false")
    boolean demoContent();

    /** See {@code io.manchette.common.db.LocalDatabaseCreator}, which reads this before the config is mapped. */
    interface LocalDatabase {
        /** Create the database named in the JDBC URL on start when it is missing (dev and test only). */
        @WithDefault("false")
        boolean createIfMissing();
    }

    /** The first administrator's credentials ({@code MANCHETTE_ADMIN_USER}, {@code MANCHETTE_ADMIN_PASSWORD}). */
    interface Admin {
        /** User name of the first administrator. */
        @WithDefault("admin")
        String user();

        /** Password of the first administrator; no default in prod. */
        Optional<String> password();
    }

    /** Settings of the scheduler that publishes and unpublishes articles on time. */
    interface Scheduler {
        /** How often it looks for due articles (a Quarkus scheduler interval such as 1s). */
        @WithDefault("1s")
        String every();

        /** How long after a failed attempt the scheduler tries an article again. */
        @WithDefault("PT1M")
        Duration retryAfter();
    }

    /** Settings of readers' comments. */
    interface Comments {
        /** PRE: a comment waits for a moderator (202); POST: it shows at once (201). */
        @WithDefault("pre")
        Moderation moderation();

        /** A comment with more links than this is marked as spam. */
        @WithDefault("2")
        int maxLinks();

        /** How many comments one client may post in a burst. */
        @WithDefault("5")
        long floodCapacity();

        /** How long the bucket takes to refill completely after a burst. */
        @WithDefault("PT10M")
        Duration floodPeriod();

        /** Addresses of the reverse proxies whose X-Forwarded-For is believed; none by default. */
        Optional<List<String>> trustedProxies();

        /** How comments reach the site. */
        enum Moderation {
            PRE,
            POST
        }
    }

    /** Settings of the public delivery API. */
    interface Delivery {
        /** Label of the first breadcrumb item, the site's home. */
        @WithDefault("Accueil")
        String homeLabel();

        /** How long shared caches and browsers may serve a public response without asking again. */
        @WithDefault("PT1M")
        Duration maxAge();

        /** How long after that they may serve it stale while they revalidate in the background. */
        @WithDefault("PT5M")
        Duration staleWhileRevalidate();

        /** Memory for the in-process cache of public responses (0 turns it off). */
        @WithDefault("48M")
        io.quarkus.runtime.configuration.MemorySize cacheSize();

        /**
         * How long a cached answer may still be served, once it could no longer be checked, when the
         * database cannot answer (stale-if-error, also sent to shared caches).
         */
        @WithDefault("PT10M")
        Duration staleIfError();

        /** The header that carries an answer's cache keys to CDNs: Surrogate-Key (Fastly) or Cache-Tag. */
        @WithDefault("Surrogate-Key")
        String surrogateKeyHeader();

        /**
         * How often the connection that hears content changes is checked: cached answers are served
         * for at most twice this after its last sign of life.
         */
        @WithDefault("PT0.5S")
        Duration listenerHeartbeat();
    }

    /** The public site's addresses ({@code MANCHETTE_SITE_URL}…). */
    interface Site {
        /** The public site's base URL, without a trailing slash. */
        @WithDefault("http://localhost:8080")
        String url();

        /** The site's name, for feeds and Google News. */
        @WithDefault("Manchette")
        String name();

        /** Path of an article page on the site; {section} is the section path, {slug} the article's. */
        @WithDefault("/{section}/{slug}")
        String articlePath();

        /** Path of a section page on the site. */
        @WithDefault("/{section}")
        String sectionPath();
    }
}
