package io.manchette.fuzz;

import static io.manchette.support.Api.reader;

import com.fasterxml.jackson.databind.JsonNode;
import io.manchette.article.Article;
import io.manchette.support.Api;
import io.manchette.support.TestData;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.tag.Tag;
import io.restassured.RestAssured;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The real rows one operation is fuzzed against, made fresh for it: a section, a tag, an author, a
 * published article and a draft, a pending comment, a user and an API token. Valid requests name
 * them, so they reach the code past the look-ups; hostile ones mutate around them.
 */
final class Fixtures {

    /** An id no row has: a look-up that finds nothing must be a 404, not a 500. */
    static final long MISSING_ID = 8_999_999_999L;

    final String admin;
    final String path;
    final Section section;
    /** A section no article is in, for the management calls on a section (which may delete it). */
    final Section spareSection;

    final Tag tag;
    final String authorSlug;
    final long authorId;
    final Article published;
    final Article draft;
    final long commentId;
    final String username;
    final long userId;
    final long tokenId;
    final long webhookId;
    final long deliveryId;
    final long jobId;
    final String jobSlug;
    final long placementId;
    final String slot;
    /** A photo of the media library, and its card rendition's id segment ({@code <id>-<tag>}). */
    final long mediaId;

    final String renditionId;

    /** The rows an operation on {@code path} is fuzzed against, made through the application. */
    Fixtures(TestData data, DataSource database, String admin, String path) {
        this.admin = admin;
        this.path = path;
        section = data.sectionEntity(null, TestData.unique("Fuzz"));
        spareSection = data.sectionEntity(null, TestData.unique("Vide"));
        tag = data.tagEntity("Fuzz");
        authorSlug = data.author("Plume Fuzz");
        authorId = idOf(database, "select id from authors where slug = ?", authorSlug);
        published = data.published(section.getPath(), "Un article sous le feu");
        draft = data.draft(section.getPath(), "Un brouillon sous le feu");
        commentId = reader().body(Map.of("authorName", "Lectrice", "body", "Un commentaire à modérer."))
                .post("/api/articles/{slug}/comments", published.getSlug())
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        username = data.user("editor");
        userId = idOf(database, "select id from users where username = ?", username);
        // Tokens and subscriptions are made only where they are fuzzed: other tests list them.
        tokenId = path.startsWith("/api/admin/tokens") ? token() : MISSING_ID;
        // Nothing listens on port 9 (discard): deliveries to it fail, which is all the fuzzing needs.
        webhookId = path.startsWith("/api/admin/webhooks") ? webhook() : MISSING_ID;
        deliveryId = path.contains("{deliveryId}") ? firstDelivery(data) : MISSING_ID;
        slot = TestData.unique("fuzz-slot");
        boolean jobs = path.startsWith("/api/admin/jobs") || path.startsWith("/api/jobs");
        var job = jobs ? job() : null;
        jobId = job == null ? MISSING_ID : job.getLong("id");
        jobSlug = job == null ? TestData.unique("fuzz") : job.getString("slug");
        placementId = path.contains("placements") ? placement() : MISSING_ID;
        boolean media = path.startsWith("/api/admin/media") || path.startsWith("/media/");
        mediaId = media ? media() : MISSING_ID;
        renditionId = media ? renditionId() : MISSING_ID + "-000000000000";
    }

    private long media() {
        byte[] photo = io.manchette.media.Images.jpeg(io.manchette.media.Images.picture(640, 480));
        return RestAssured.given()
                .auth()
                .preemptive()
                .basic(admin, TestData.PASSWORD)
                .multiPart("file", "fuzz.jpg", photo, "image/jpeg")
                .multiPart("credit", "Photo : Fuzz")
                .post("/api/admin/media")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private String renditionId() {
        String url = Api.as(admin)
                .get("/api/admin/media/{id}", mediaId)
                .jsonPath()
                .getString("renditions.find { it.preset == 'card' }.jpeg");
        return url.split("/")[2];
    }

    private io.restassured.path.json.JsonPath job() {
        return Api.as(admin)
                .body(Map.of(
                        "title", "Offre sous le feu",
                        "employer", Map.of("name", "Fuzz SA"),
                        "location", "Namur",
                        "region", "WALLONIE",
                        "contract", "CDI",
                        "description", List.of(Map.of("type", "paragraph", "text", "Une offre.")),
                        "applyEmail", "jobs@fuzz.example",
                        "expiresAt",
                                io.manchette.support.TestClock.now()
                                        .plus(java.time.Duration.ofDays(30))
                                        .toString()))
                .post("/api/admin/jobs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private long placement() {
        var now = io.manchette.support.TestClock.now();
        return Api.as(admin)
                .body(Map.of(
                        "slot", slot,
                        "title", "Promotion sous le feu",
                        "cta", Map.of("label", "Découvrir", "url", "https://www.example.be/"),
                        "startsAt", now.minus(java.time.Duration.ofDays(1)).toString(),
                        "endsAt", now.plus(java.time.Duration.ofDays(30)).toString()))
                .post("/api/admin/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private long token() {
        return Api.as(admin)
                .body(Map.of("name", TestData.unique("fuzz"), "scopes", List.of("content:read-drafts")))
                .post("/api/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("token.id");
    }

    private long webhook() {
        return Api.as(admin)
                .body(Map.of("url", WEBHOOK_URL, "events", List.of("article.published")))
                .post("/api/admin/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("webhook.id");
    }

    /** A delivery to the fixture subscription: an article published now, sent (and failed) by the worker. */
    private long firstDelivery(TestData data) {
        data.published(section.getPath(), "Un article pour le journal des envois");
        String url = "/api/admin/webhooks/" + webhookId + "/deliveries";
        io.manchette.support.Eventually.until(
                "a delivery to the fixture subscription",
                () -> !Api.as(admin).get(url).jsonPath().getList("items").isEmpty());
        return Api.as(admin).get(url).jsonPath().getLong("items[0].id");
    }

    static final String WEBHOOK_URL = "http://127.0.0.1:9/manchette";

    private static long idOf(DataSource database, String sql, String value) {
        try (var connection = database.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a path parameter of {@code path}, by the resource it names. */
    String pathValue(String path, String name) {
        String resource = path.replaceAll("/\\{" + name + "}.*", "");
        return switch (name) {
            case "path" -> section.getPath();
            case "number" -> "1";
            case "slug" ->
                resource.endsWith("/jobs")
                        ? jobSlug
                        : resource.endsWith("/tags")
                                ? tag.getSlug()
                                : resource.endsWith("/authors") ? authorSlug : published.getSlug();
            case "deliveryId" -> String.valueOf(deliveryId);
            case "slot" -> slot;
            case "source" -> "fuzz-feed";
            case "externalId" -> TestData.unique("ext");
            case "preset" -> "card";
            case "format" -> "jpeg";
            default -> path.startsWith("/media/") ? renditionId : String.valueOf(idIn(resource));
        };
    }

    private long idIn(String resource) {
        String collection = resource.substring(resource.lastIndexOf('/') + 1);
        return switch (collection) {
            // What only a published article allows is fuzzed on one; the rest on a draft.
            case "articles" ->
                path.endsWith("/unpublish") || path.endsWith("/archive") ? published.getId() : draft.getId();
            case "comments" -> commentId;
            case "sections" -> spareSection.getId();
            case "tags" -> tag.getId();
            case "authors" -> authorId;
            case "users" -> userId;
            case "tokens" -> tokenId;
            case "webhooks" -> webhookId;
            case "jobs" -> jobId;
            case "placements" -> placementId;
            case "media" -> mediaId;
            default -> MISSING_ID;
        };
    }

    /**
     * A real value for a field or parameter of this name, a missing node to leave it out, or null to
     * let its schema choose.
     */
    JsonNode hint(String name) {
        boolean revisions = path.contains("/revisions");
        return switch (name) {
            case "section", "parent", "sectionPath" -> text(section.getPath());
            case "tag" -> text(tag.getSlug());
            case "tags" -> Values.NODES.arrayNode().add(tag.getSlug());
            case "author" -> text(authorSlug);
            case "authors" -> Values.NODES.arrayNode().add(authorSlug);
            case "slugs" -> Values.NODES.arrayNode().add(published.getSlug());
            case "article" -> text(String.valueOf(published.getId()));
            case "slug" -> text(TestData.unique("fuzz"));
            case "username" -> text(TestData.unique("fuzz").toLowerCase());
            case "password" -> text(TestData.PASSWORD);
            case "name" -> text(TestData.unique("Fuzz"));
            case "roles" -> Values.NODES.arrayNode().add("editor");
            case "scopes" -> Values.NODES.arrayNode().add("content:read-drafts");
            case "articleId" -> Values.NODES.numberNode(published.getId());
            case "ids" -> Values.NODES.arrayNode().add(commentId);
            case "language" -> text("fr");
            case "src" -> text("https://images.example.org/fuzz.jpg");
            case "limit" -> text("20");
            case "from" -> text(revisions ? "1" : "2026-01-01");
            case "to" -> text(revisions ? "1" : "2026-12-31");
            case "publishAt" -> text("2030-06-01T06:00:00Z");
            case "unpublishAt" -> text("2030-06-02T06:00:00Z");
            case "expiresAt" -> text("2030-06-01T06:00:00Z");
            case "q" -> text("article");
            case "url" -> text(WEBHOOK_URL);
            case "events" -> Values.NODES.arrayNode().add("article.published").add("article.updated");
            case "cursor", "parentId" -> com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            default -> null;
        };
    }

    private static JsonNode text(String value) {
        return Values.NODES.textNode(value);
    }

    /** The current ETag of the resource an operation on {@code path} acts on, for a valid If-Match. */
    String etagOf(String path) {
        String resource = path.replaceAll("/revisions/\\{number}/restore$", "")
                .replaceAll(
                        "(/\\{[a-zA-Z]+})/(publish|submit|unpublish|archive|schedule|approve|reject"
                                + "|spam|pause|resume|rotate-secret|comments/open|comments/close)$",
                        "$1");
        String url = resource;
        for (String name : List.of("id", "slug", "path", "number", "slot", "source", "externalId")) {
            url = url.replace("{" + name + "}", pathValue(path, name));
        }
        String etag = RestAssured.given()
                .auth()
                .preemptive()
                .basic(admin, TestData.PASSWORD)
                .get(url)
                .header("ETag");
        return etag == null ? "\"1\"" : etag;
    }
}
