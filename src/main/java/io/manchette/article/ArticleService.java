package io.manchette.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.manchette.article.body.Block;
import io.manchette.article.body.WordCounter;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.common.text.Slugifier;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.author.AuthorRepository;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.tag.Tag;
import io.manchette.taxonomy.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Article writes: create, edit, delete, publish and unpublish, each checked against the version read. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final String DEFAULT_LANGUAGE = "fr";

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final ObjectWriter bodyWriter;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            ObjectMapper json,
            Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.bodyWriter = json.writerFor(new TypeReference<List<Block>>() {});
        this.clock = clock;
    }

    /** An article with its section, tags and authors, for the management API. */
    public Article get(long id) {
        return articles.findWithRelations(id).orElseThrow(() -> new NotFound("Article", id));
    }

    @Transactional
    public Article create(ArticleInput input) {
        var article = new Article();
        article.setSlug(input.slug() != null ? requireFreeSlug(input.slug(), null) : freeSlugFrom(input.title()));
        apply(article, input);
        articles.persist(article);
        LOG.infof("Article %s created as a draft", article.getSlug());
        return article;
    }

    @Transactional
    public Article update(long id, IfMatch ifMatch, ArticleInput input) {
        Article article = get(id);
        ifMatch.check(article.getVersion());
        if (input.slug() != null && !input.slug().equals(article.getSlug())) {
            article.setSlug(requireFreeSlug(input.slug(), article.getId()));
        }
        apply(article, input);
        articles.flush(); // the new version goes back in the response's ETag
        return article;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Article article = get(id);
        ifMatch.check(article.getVersion());
        articles.delete(article);
        LOG.infof("Article %s deleted", article.getSlug());
    }

    /** Puts the article on the public site; {@code ifMatch} is checked when the client sent one. */
    @Transactional
    public Article publish(long id, IfMatch ifMatch) {
        Article article = get(id);
        checkIfSent(ifMatch, article);
        if (!article.isPublished()) {
            article.publish(clock.instant());
            articles.flush();
            LOG.infof("Article %s published", article.getSlug());
        }
        return article;
    }

    /** Publishes with a first-publication time from the past: for archive imports and the demo newsroom. */
    @Transactional
    public Article publishAsOf(long id, Instant publishedAt) {
        Article article = get(id);
        article.publish(publishedAt);
        return article;
    }

    /** Takes the article off the public site, back to draft. */
    @Transactional
    public Article unpublish(long id, IfMatch ifMatch) {
        Article article = get(id);
        checkIfSent(ifMatch, article);
        if (article.isPublished()) {
            article.unpublish();
            articles.flush();
            LOG.infof("Article %s unpublished", article.getSlug());
        }
        return article;
    }

    private static void checkIfSent(IfMatch ifMatch, Article article) {
        if (ifMatch != null) {
            ifMatch.check(article.getVersion());
        }
    }

    private void apply(Article article, ArticleInput input) {
        List<Violation> violations = new ArrayList<>();
        Section section = sections.findByPath(input.section().strip()).orElse(null);
        if (section == null) {
            violations.add(new Violation("section", "no section has the path '" + input.section() + "'"));
        }
        List<Tag> tagList = resolve("tags", input.tags(), tags::listBySlugs, Tag::getSlug, violations);
        List<Author> authorList =
                resolve("authors", input.authors(), authors::listBySlugs, Author::getSlug, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int words = WordCounter.count(input.lead(), input.body());
        article.write(
                input.title().strip(),
                input.lead(),
                serialize(input.body()),
                words,
                WordCounter.readingTimeMinutes(words),
                section,
                tagList,
                authorList);
        var seo = input.seo();
        article.setOptions(
                Objects.requireNonNullElse(input.language(), DEFAULT_LANGUAGE),
                Boolean.TRUE.equals(input.reference()),
                !Boolean.FALSE.equals(input.commentsOpen()),
                seo == null
                        ? new Article.Seo(null, null, null)
                        : new Article.Seo(seo.title(), seo.description(), seo.canonicalUrl()));
    }

    /** Looks up named relations in one query, keeping the editor's order and naming unknown ones. */
    private static <T> List<T> resolve(
            String field,
            List<String> slugs,
            Function<Set<String>, List<T>> lookup,
            Function<T, String> slugOf,
            List<Violation> violations) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new LinkedHashSet<>(slugs);
        Map<String, T> found = lookup.apply(wanted).stream().collect(Collectors.toMap(slugOf, Function.identity()));
        for (int i = 0; i < slugs.size(); i++) {
            if (!found.containsKey(slugs.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", "'" + slugs.get(i) + "' does not exist"));
            }
        }
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private String serialize(List<Block> body) {
        try {
            return bodyWriter.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated body could not be written as JSON", e);
        }
    }

    private String requireFreeSlug(String slug, Long exceptId) {
        if (articles.isSlugTaken(slug, exceptId)) {
            throw new Conflict("An article already has the slug '" + slug + "'");
        }
        return slug;
    }

    /** The title's slug, or the first free {@code slug-N} (N from 2) when another article has it. */
    private String freeSlugFrom(String title) {
        String base = Slugifier.slugify(title);
        if (base.isEmpty()) {
            throw new InvalidInput("title", "must contain letters or digits to make a slug");
        }
        if (base.length() > 180) {
            base = base.substring(0, 180).replaceAll("-+$", "");
        }
        Set<String> taken = new HashSet<>(articles.listSlugsLike(base));
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
