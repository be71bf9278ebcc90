import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's writer for the churn scenario of bench/run.sh: article edits and comment
 * approvals through the management API, on a fixed schedule, while wrk reads.
 *
 * <pre>
 *   BENCH_TOKEN=mch_… java bench/ChurnWriter.java --base http://127.0.0.1:18480 \
 *       --articles live-ids.txt --comments pending-ids.txt --duration 10s \
 *       [--warmup 2s] [--edits-per-second 2] [--approvals-per-second 5] [--ready FILE]
 * </pre>
 *
 * <p>The token (scopes content:write and comments:moderate) comes from the environment, so that it
 * shows in no process list. {@code --articles} lists the ids of the articles to edit, edited in
 * turn; {@code --comments} the ids of PENDING comments, approved in that order.
 *
 * <p>Pacing is open-loop: edit k is due at k / edits-per-second, approval j at j /
 * approvals-per-second, and each is sent at its time whether or not earlier ones have answered.
 * A latency runs from the time a request was due to its complete answer, so a slow server (or a
 * late writer) shows in the figures instead of slowing the schedule down. An edit is a JSON Merge
 * Patch of the lead with {@code If-Match} set to the version the previous answer's ETag gave (a
 * first GET reads it). The warm-up runs the same schedule before the measured phase and is not
 * counted, except for its errors. {@code --ready} is created when the measured phase starts.
 *
 * <p>Its last line is for bench/run.sh:
 * {@code RESULT count=70 rate=7.0 p50_ms=8.1 p99_ms=31.0 max_ms=31.0 errors=0 statuses=-}. Any
 * failed request (non-2xx, a 412 from a wrong version, an approval that did not approve, a time-out,
 * no pending comment left) is an error, listed by cause, and makes the exit status 1.
 */
public class ChurnWriter {

    private static final Pattern CURRENT_VERSION = Pattern.compile("\"currentVersion\"\\s*:\\s*(\\d+)");
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d+)\"$");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String token;
    private final List<Long> articles;
    private final List<Long> comments;
    private final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final AtomicInteger nextComment = new AtomicInteger();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    ChurnWriter(String base, String token, List<Long> articles, List<Long> comments) {
        this.base = base.replaceAll("/+$", "");
        this.token = token;
        this.articles = articles;
        this.comments = comments;
    }

    /** One request's outcome: what kind, how long from due time to answer, and ok or not. */
    record Sample(String kind, double millis, boolean ok) {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        String token = System.getenv("BENCH_TOKEN");
        if (token == null || token.isBlank()) {
            fail("BENCH_TOKEN must hold the API token's secret");
        }
        var writer = new ChurnWriter(
                required(args, "base"),
                token,
                ids(Path.of(required(args, "articles"))),
                ids(Path.of(required(args, "comments"))));
        double editRate = Double.parseDouble(args.getOrDefault("edits-per-second", "2"));
        double approvalRate = Double.parseDouble(args.getOrDefault("approvals-per-second", "5"));
        Duration duration = duration(required(args, "duration"));
        Duration warmup = duration(args.getOrDefault("warmup", "0s"));
        if (writer.articles.isEmpty()) {
            fail("no article to edit in " + args.get("articles"));
        }

        writer.readVersions();
        System.out.printf(
                Locale.ROOT,
                "writer: %d articles to edit, %d pending comments; %.1f edits/s and %.1f approvals/s for %ss after %ss of warm-up%n",
                writer.articles.size(),
                writer.comments.size(),
                editRate,
                approvalRate,
                duration.toMillis() / 1000.0,
                warmup.toMillis() / 1000.0);
        if (!warmup.isZero()) {
            writer.run(warmup, editRate, approvalRate, "warmup-");
        }
        if (args.containsKey("ready")) {
            Files.writeString(Path.of(args.get("ready")), "measuring\n");
        }
        long started = System.nanoTime();
        List<Sample> samples = writer.run(duration, editRate, approvalRate, "");
        double seconds = Math.max((System.nanoTime() - started) / 1e9, duration.toMillis() / 1000.0);
        writer.report(samples, seconds);
        System.exit(writer.errors.isEmpty() ? 0 : 1);
    }

    /** The version of every article to edit, from the ETag of its management view. */
    private void readVersions() throws IOException, InterruptedException {
        for (long id : articles) {
            HttpResponse<String> response = http.send(
                    authorised("/api/admin/articles/" + id).GET().build(), HttpResponse.BodyHandlers.ofString());
            Long version = version(response);
            if (response.statusCode() != 200 || version == null) {
                fail("GET /api/admin/articles/" + id + " answered " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            versions.put(id, version);
        }
    }

    /** Runs the schedule for {@code length}, then waits for the answers still due. */
    private List<Sample> run(Duration length, double editRate, double approvalRate, String errorPrefix)
            throws InterruptedException {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        long editPeriod = editRate > 0 ? (long) (1e9 / editRate) : Long.MAX_VALUE;
        long approvalPeriod = approvalRate > 0 ? (long) (1e9 / approvalRate) : Long.MAX_VALUE;
        long end = length.toNanos();
        long start = System.nanoTime();
        long nextEdit = editRate > 0 ? 0 : Long.MAX_VALUE;
        long nextApproval = approvalRate > 0 ? 0 : Long.MAX_VALUE;
        int edits = 0;
        while (Math.min(nextEdit, nextApproval) < end) {
            boolean edit = nextEdit <= nextApproval;
            long due = start + (edit ? nextEdit : nextApproval);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (edit) {
                long id = articles.get(edits % articles.size());
                pending.add(edit(id, edits, due, samples, errorPrefix));
                edits++;
                nextEdit += editPeriod;
            } else {
                pending.add(approve(due, samples, errorPrefix));
                nextApproval += approvalPeriod;
            }
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(REQUEST_TIMEOUT.toSeconds() + 20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            error(errorPrefix + "unfinished");
        }
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    /** A merge patch of the lead, on the version the previous answer gave. */
    private CompletableFuture<Void> edit(long id, int number, long due, List<Sample> samples, String errorPrefix) {
        String lead = String.format(
                Locale.ROOT,
                "Direct : mise à jour n° %d de la rédaction, les négociations se poursuivent dans la nuit (%d).",
                number + 1,
                System.currentTimeMillis());
        HttpRequest request = authorised("/api/admin/articles/" + id)
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "\"" + versions.get(id) + "\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"lead\": \"" + lead + "\"}"))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            double millis = (System.nanoTime() - due) / 1e6;
            boolean ok = false;
            if (failure != null) {
                error(errorPrefix + cause(failure));
            } else if (response.statusCode() == 200 && version(response) != null) {
                versions.put(id, version(response));
                ok = true;
            } else {
                error(errorPrefix + response.statusCode());
                Matcher current = CURRENT_VERSION.matcher(response.body());
                if (response.statusCode() == 412 && current.find()) {
                    versions.put(id, Long.parseLong(current.group(1))); // go on from the current one
                }
                complain("PATCH /api/admin/articles/" + id, response);
            }
            samples.add(new Sample("edit", millis, ok));
            return null;
        });
    }

    /** Approves the next pending comment. */
    private CompletableFuture<Void> approve(long due, List<Sample> samples, String errorPrefix) {
        int index = nextComment.getAndIncrement();
        if (index >= comments.size()) {
            error(errorPrefix + "no-pending-comment");
            return CompletableFuture.completedFuture(null);
        }
        long id = comments.get(index);
        HttpRequest request = authorised("/api/admin/comments/" + id + "/approve")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            double millis = (System.nanoTime() - due) / 1e6;
            boolean ok = false;
            if (failure != null) {
                error(errorPrefix + cause(failure));
            } else if (response.statusCode() != 200) {
                error(errorPrefix + response.statusCode());
                complain("POST /api/admin/comments/" + id + "/approve", response);
            } else if (!response.body().replace(" ", "").contains("\"status\":\"APPROVED\"")) {
                error(errorPrefix + "not-approved");
                complain("POST /api/admin/comments/" + id + "/approve", response);
            } else {
                ok = true;
            }
            samples.add(new Sample("approval", millis, ok));
            return null;
        });
    }

    private void report(List<Sample> samples, double seconds) {
        for (String kind : List.of("edit", "approval")) {
            List<Sample> some = samples.stream().filter(s -> s.kind().equals(kind)).toList();
            System.out.printf(Locale.ROOT, "writer: %-8s %s%n", kind, figures(some, seconds));
        }
        Map<String, Integer> byCause = new TreeMap<>();
        errors.forEach((cause, count) -> byCause.put(cause, count.get()));
        int total = byCause.values().stream().mapToInt(Integer::intValue).sum();
        String statuses = byCause.isEmpty()
                ? "-"
                : String.join(",", byCause.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
        if (total > 0) {
            System.out.println("writer: FAILED requests: " + statuses);
        }
        System.out.printf(Locale.ROOT, "RESULT %s errors=%d statuses=%s%n", figures(samples, seconds), total, statuses);
    }

    private static String figures(List<Sample> samples, double seconds) {
        double[] millis = samples.stream().mapToDouble(Sample::millis).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "count=%d rate=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f",
                millis.length,
                millis.length / seconds,
                percentile(millis, 50),
                percentile(millis, 99),
                millis.length == 0 ? 0 : millis[millis.length - 1]);
    }

    /** Nearest rank: the smallest value with at least p% of the samples at or below it. */
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private void error(String cause) {
        errors.computeIfAbsent(cause, c -> new AtomicInteger()).incrementAndGet();
    }

    private static final AtomicInteger COMPLAINTS = new AtomicInteger();

    /** The first few failures in full, on standard error. */
    private static void complain(String what, HttpResponse<String> response) {
        if (COMPLAINTS.incrementAndGet() <= 5) {
            System.err.println("writer: " + what + " answered " + response.statusCode() + " "
                    + abbreviate(response.body()));
        }
    }

    private static String cause(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException ? "timeout" : "io-" + cause.getClass().getSimpleName();
    }

    private static Long version(HttpResponse<?> response) {
        return response.headers()
                .firstValue("ETag")
                .map(ETAG::matcher)
                .filter(Matcher::matches)
                .map(m -> Long.parseLong(m.group(1)))
                .orElse(null);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static List<Long> ids(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .map(Long::parseLong)
                .toList();
    }

    /** wrk's forms: 10s, 2m, 1h, or plain seconds. */
    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)([smh]?)").matcher(text.trim());
        if (!m.matches()) {
            fail("not a duration: " + text);
        }
        double value = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
        return Duration.ofMillis(Math.round(value * factor * 1000));
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                fail("usage: java bench/ChurnWriter.java --base URL --articles FILE --comments FILE --duration 10s"
                        + " [--warmup 2s] [--edits-per-second 2] [--approvals-per-second 5] [--ready FILE]");
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        return args;
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("writer: " + message);
        System.exit(2);
    }
}
