package io.manchette.support;

import io.manchette.account.UserInput;
import io.manchette.account.UserService;
import io.manchette.article.Article;
import io.manchette.article.ArticleAction;
import io.manchette.article.ArticleInput;
import io.manchette.article.ArticleService;
import io.manchette.article.ArticleWorkflow;
import io.manchette.article.body.Block;
import io.manchette.article.body.Heading;
import io.manchette.article.body.Paragraph;
import io.manchette.article.body.Quote;
import io.manchette.taxonomy.author.AuthorInput;
import io.manchette.taxonomy.author.AuthorService;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionInput;
import io.manchette.taxonomy.section.SectionService;
import io.manchette.taxonomy.tag.Tag;
import io.manchette.taxonomy.tag.TagInput;
import io.manchette.taxonomy.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Builds what a test needs through the application's own services, each write committed in its own
 * transaction. Slugs carry a random suffix, so tests share one database in any order.
 */
@ApplicationScoped
public class TestData {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "a-long-test-password";

    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleService articles;
    private final ArticleWorkflow workflow;
    private final UserService users;

    TestData(
            SectionService sections,
            TagService tags,
            AuthorService authors,
            ArticleService articles,
            ArticleWorkflow workflow,
            UserService users) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
        this.workflow = workflow;
        this.users = users;
    }

    public static String unique(String slug) {
        return slug + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A top-level section with a unique slug (named as given) and its path. */
    public String section(String name) {
        return sections.create(new SectionInput(name, unique(slugOf(name)), null, 0, null))
                .getPath();
    }

    /** A section under {@code parentPath}; returns its path. */
    public String section(String parentPath, String name) {
        return sections.create(new SectionInput(name, slugOf(name), parentPath, 0, null))
                .getPath();
    }

    public Section sectionEntity(String parentPath, String name) {
        return sections.create(new SectionInput(name, slugOf(name), parentPath, 0, null));
    }

    public String tag(String name) {
        return tagEntity(name).getSlug();
    }

    public Tag tagEntity(String name) {
        return tags.create(new TagInput(name, unique(slugOf(name))));
    }

    public String author(String name) {
        return authors.create(new AuthorInput(name, unique(slugOf(name)), "Journaliste."))
                .getSlug();
    }

    /** A user with the given roles; returns the user name (password {@link #PASSWORD}). */
    public String user(String... roles) {
        String name = unique("u").toLowerCase();
        users.create(new UserInput(name, PASSWORD, List.of(roles)));
        return name;
    }

    public Article draft(String sectionPath, String title) {
        return articles.create(input(sectionPath, title, List.of(), List.of(), false));
    }

    public Article draft(ArticleInput input) {
        return articles.create(input);
    }

    public Article published(String sectionPath, String title) {
        return published(input(sectionPath, title, List.of(), List.of(), false));
    }

    public Article published(ArticleInput input) {
        Article draft = articles.create(input);
        return workflow.act(draft.getId(), ArticleAction.PUBLISH, null, null);
    }

    /** A published article whose first publication lies {@code age} in the past, by the application's clock. */
    public Article publishedAgo(String sectionPath, String title, java.time.Duration age) {
        Article draft = articles.create(input(sectionPath, title, List.of(), List.of(), false));
        return workflow.publishAsOf(draft.getId(), TestClock.now().minus(age));
    }

    public Article published(String sectionPath, String title, List<String> tagSlugs) {
        return published(input(sectionPath, title, tagSlugs, List.of(), false));
    }

    public static ArticleInput input(
            String sectionPath, String title, List<String> tagSlugs, List<String> authorSlugs, boolean reference) {
        return new ArticleInput(
                null,
                title,
                unique(slugOf(title)),
                "Un chapeau qui résume l’essentiel.",
                null,
                body(),
                sectionPath,
                tagSlugs,
                authorSlugs,
                "fr",
                reference,
                true,
                null,
                null);
    }

    /** A body with a paragraph, a quoted sub-heading and a quote block: 19 words with the lead. */
    public static List<Block> body() {
        return List.of(
                new Paragraph("Les négociations ont repris lundi matin à Bruxelles."),
                new Heading("« Nous tiendrons »", 2),
                new Quote("Rien n’est encore joué.", "Une diplomate"));
    }

    private static String slugOf(String name) {
        return io.manchette.common.text.Slugifier.slugify(name);
    }
}
