package io.manchette.support;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as an editor sends it to {@code POST /api/admin/articles}: a title, a section and a
 * one-paragraph body unless a test says otherwise. The one way tests write that JSON.
 */
public final class NewArticle {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private NewArticle(String section, String title) {
        fields.put("title", title);
        fields.put("section", section);
        body("Un texte écrit pour les tests.");
    }

    public static NewArticle in(String section, String title) {
        return new NewArticle(section, title);
    }

    /** A body of one paragraph per text. */
    public NewArticle body(String... paragraphs) {
        return with(
                "body", List.of(paragraphs).stream().map(NewArticle::paragraph).toList());
    }

    public NewArticle lead(String lead) {
        return with("lead", lead);
    }

    public NewArticle slug(String slug) {
        return with("slug", slug);
    }

    /** Any other field of the input, or a body of blocks of any type. */
    public NewArticle with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** The JSON body, a copy a test may still add to. */
    public Map<String, Object> json() {
        return new LinkedHashMap<>(fields);
    }

    /** Creates it as {@code caller} ({@link Api#as}, {@link Api#asAdmin}); a 201 is expected. Returns the id. */
    public long createdBy(RequestSpecification caller) {
        return caller.body(json())
                .post("/api/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static Map<String, Object> paragraph(String text) {
        return Map.of("type", "paragraph", "text", text);
    }
}
