package io.manchette.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.manchette.article.body.Block;
import io.manchette.article.body.Related;
import io.manchette.article.body.WordCounter;
import io.manchette.article.revision.ArticleRevision;
import io.manchette.article.revision.RevisionRepository;
import io.manchette.audit.AuditLog;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.Forbidden;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.MergePatch;
import io.manchette.common.json.RefusedJson;
import io.manchette.common.text.Slugifier;
import io.manchette.security.Actor;
import io.manchette.security.Actors;
import io.manchette.security.Roles;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.author.AuthorRepository;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.tag.Tag;
import io.manchette.taxonomy.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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

/**
 * Article writes and the editorial workflow. Every save is checked against the version the
 * client read, stores a revision and an audit entry in the same transaction; authors may only
 * touch their own articles while in draft or review, and only submit them.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final String DEFAULT_LANGUAGE = "fr";

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final Actors actors;
    private final Validator validator;
    private final ObjectMapper json;
    private final ObjectWriter bodyWriter;
    private final ObjectReader bodyReader;
    private final int revisionsKept;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            RevisionRepository revisions,
            AuditLog audit,
            Actors actors,
            Validator validator,
            ObjectMapper json,
            ManchetteConfig config,
            Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.revisions = revisions;
        this.audit = audit;
        this.actors = actors;
        this.validator = validator;
        this.json = json;
        this.bodyWriter = json.writerFor(new TypeReference<List<Block>>() {});
        this.bodyReader = json.readerFor(new TypeReference<List<Block>>() {});
        this.revisionsKept = config.revisionsKept();
        this.clock = clock;
    }

    /** An article with its section, tags and authors, for the management API. */
    public Article get(long id) {
        return articles.findWithRelations(id).orElseThrow(() -> new NotFound("Article", id));
    }

    @Transactional
    public Article create(ArticleInput input) {
        Actor actor = actors.current();
        var article = new Article();
        article.setOwner(actor.name());
        article.setSlug(input.slug() != null ? requireFreeSlug(input.slug(), null) : freeSlugFrom(input.title()));
        apply(article, input);
        articles.persist(article);
        articles.flush();
        saveRevision(article, actor, "created");
        audit.record("article.create", "article", article.getId(), null, article.getVersion());
        LOG.infof("Article %s created as a draft by %s", article.getSlug(), actor.name());
        return article;
    }

    @Transactional
    public Article update(long id, IfMatch ifMatch, ArticleInput input) {
        return save(get(id), ifMatch, input, "article.update", null);
    }

    /** An RFC 7396 merge patch over the article as editors write it, under the same rules as a PUT. */
    @Transactional
    public Article patch(long id, IfMatch ifMatch, JsonNode patch) {
        Article article = get(id);
        JsonNode current = json.valueToTree(inputOf(article));
        ArticleInput patched;
        try {
            patched = json.treeToValue(MergePatch.applyToObject(current, patch), ArticleInput.class);
        } catch (RefusedJson e) {
            throw new InvalidInput(e.field(), e.rule());
        } catch (JsonProcessingException e) {
            throw new InvalidInput("(patch)", "does not give a valid article: " + e.getOriginalMessage());
        }
        var violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return save(article, ifMatch, patched, "article.patch", null);
    }

    /** Brings back a former revision's content, as a new revision. */
    @Transactional
    public Article restore(long id, int number, IfMatch ifMatch) {
        Article article = get(id);
        ArticleRevision revision =
                revisions.findByNumber(id, number).orElseThrow(() -> new NotFound("Revision", id + "/" + number));
        ArticleInput content = read(revision.getContent());
        return save(article, ifMatch, content, "article.restore", "restored from revision " + number);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Article article = get(id);
        Actor actor = actors.current();
        requireMayEdit(article, actor);
        ifMatch.check(article.getVersion());
        long version = article.getVersion();
        articles.delete(article);
        audit.record("article.delete", "article", id, version, null);
        LOG.infof("Article %s deleted by %s", article.getSlug(), actor.name());
    }

    /**
     * A workflow action. Authors may only submit their own article; an action the current state
     * does not allow is a 409 naming the allowed ones. {@code ifMatch} is checked when sent.
     */
    @Transactional
    public Article act(long id, ArticleAction action, IfMatch ifMatch, ScheduleInput schedule) {
        Article article = get(id);
        Actor actor = actors.current();
        boolean ownSubmit = action == ArticleAction.SUBMIT
                && actor.hasRole(Roles.AUTHOR)
                && actor.name().equals(article.getOwner());
        if (!actor.isEditor() && !ownSubmit) {
            throw new Forbidden(
                    action == ArticleAction.SUBMIT
                            ? "Authors submit only their own articles"
                            : "Only editors may " + action.path() + " an article");
        }
        if (ifMatch != null) {
            ifMatch.check(article.getVersion());
        }
        Set<ArticleAction> allowed = article.getStatus().allowedActions();
        if (!allowed.contains(action)) {
            throw new Conflict("An article in " + article.getStatus() + " cannot be " + action.path() + "ed; allowed: "
                    + allowed.stream().map(ArticleAction::path).sorted().toList());
        }
        long before = article.getVersion();
        Instant now = clock.instant();
        switch (action) {
            case SUBMIT -> article.submit();
            case PUBLISH -> article.publish(now);
            case SCHEDULE -> schedule(article, schedule, now);
            case UNPUBLISH -> article.unpublish();
            case ARCHIVE -> article.archive();
        }
        articles.flush();
        audit.record("article." + action.path(), "article", id, before, article.getVersion(), detail(article));
        LOG.infof("Article %s: %s by %s", article.getSlug(), action.path(), actor.name());
        return article;
    }

    /** Publishes with a first-publication time from the past: for archive imports and the demo newsroom. */
    @Transactional
    public Article publishAsOf(long id, Instant publishedAt) {
        Article article = get(id);
        long before = article.getVersion();
        article.publish(publishedAt);
        articles.flush();
        audit.record("article.publish", "article", id, before, article.getVersion(), "imported");
        return article;
    }

    /**
     * The scheduler's step for one article, in a transaction of its own: lock it if it is still due
     * (another instance holding it skips it), then publish or archive it. Returns whether it acted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runIfDue(long id) {
        Instant now = clock.instant();
        var due = articles.lockIfDue(id, now);
        if (due.isEmpty()) {
            return false;
        }
        Article article = due.get();
        long before = article.getVersion();
        String action;
        if (article.getStatus() == ArticleStatus.SCHEDULED) {
            article.publish(article.getPublishAt());
            action = "article.publish";
        } else {
            article.archive();
            action = "article.archive";
        }
        articles.flush();
        audit.record(action, "article", id, before, article.getVersion(), "by the scheduler");
        LOG.infof("Scheduler: %s %s", action, article.getSlug());
        return true;
    }

    /** Keeps the scheduler's failure on the article, so it is seen instead of lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSchedulingFailure(long id, String error) {
        articles.findByIdOptional(id).ifPresent(article -> {
            article.failScheduling(error, clock.instant());
            audit.record("article.schedule-failed", "article", id, article.getVersion(), article.getVersion(), error);
        });
    }

    /** The article as editors write it: what a PUT would send, what a revision keeps. */
    public ArticleInput inputOf(Article article) {
        var seo = article.getSeo();
        return new ArticleInput(
                article.getKicker(),
                article.getTitle(),
                article.getSlug(),
                article.getLead(),
                readBody(article.getBody()),
                article.getSection().getPath(),
                article.getTags().stream().map(Tag::getSlug).toList(),
                article.getAuthors().stream().map(Author::getSlug).toList(),
                article.getLanguage(),
                article.isReference(),
                article.isCommentsOpen(),
                new ArticleInput.SeoInput(seo.getTitle(), seo.getDescription(), seo.getCanonicalUrl()),
                article.getPartner());
    }

    /** A revision's content, read back. */
    public ArticleInput read(String content) {
        try {
            return json.readValue(content, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision could not be read", e);
        }
    }

    private Article save(Article article, IfMatch ifMatch, ArticleInput input, String action, String note) {
        Actor actor = actors.current();
        requireMayEdit(article, actor);
        ifMatch.check(article.getVersion());
        long before = article.getVersion();
        Shown shownBefore = Shown.of(article);
        if (input.slug() != null && !input.slug().equals(article.getSlug())) {
            String old = article.getSlug();
            article.setSlug(requireFreeSlug(input.slug(), article.getId()));
            articles.retireSlug(article.getId(), old, input.slug());
        }
        apply(article, input);
        if (article.getPublishedAt() != null && !shownBefore.equals(Shown.of(article))) {
            article.markRevised(clock.instant());
        }
        articles.flush(); // the new version goes back in the response's ETag
        saveRevision(article, actor, note);
        audit.record(action, "article", article.getId(), before, article.getVersion(), note);
        return article;
    }

    /** What a reader sees change, for "mis à jour le": not tags, SEO fields or the comments switch. */
    private record Shown(String kicker, String title, String lead, String body, Partner partner) {
        static Shown of(Article a) {
            return new Shown(a.getKicker(), a.getTitle(), a.getLead(), a.getBody(), a.getPartner());
        }
    }

    private void saveRevision(Article article, Actor actor, String note) {
        int number = revisions.nextNumber(article.getId());
        revisions.persist(new ArticleRevision(
                article.getId(),
                number,
                article.getVersion(),
                actor.name(),
                clock.instant(),
                note,
                write(inputOf(article))));
        if (revisionsKept > 0) {
            revisions.pruneOlderThan(article.getId(), number, revisionsKept);
        }
    }

    private static void requireMayEdit(Article article, Actor actor) {
        if (actor.isEditor()) {
            return;
        }
        if (!actor.hasRole(Roles.AUTHOR) || !actor.name().equals(article.getOwner())) {
            throw new Forbidden("Authors may change only their own articles");
        }
        if (!article.getStatus().isEditableByAuthor()) {
            throw new Forbidden(
                    "Authors may change their articles only in draft or review; this one is " + article.getStatus());
        }
    }

    private void schedule(Article article, ScheduleInput schedule, Instant now) {
        if (schedule == null || schedule.publishAt() == null) {
            throw new InvalidInput("publishAt", "is required to schedule an article");
        }
        if (!schedule.publishAt().isAfter(now)) {
            throw new InvalidInput("publishAt", "must be in the future (UTC)");
        }
        if (schedule.unpublishAt() != null && !schedule.unpublishAt().isAfter(schedule.publishAt())) {
            throw new InvalidInput("unpublishAt", "must come after publishAt");
        }
        article.schedule(schedule.publishAt(), schedule.unpublishAt());
    }

    private static String detail(Article article) {
        return article.getStatus() == ArticleStatus.SCHEDULED ? "publishAt " + article.getPublishAt() : null;
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
        List<Block> body = requireRelatedTargets(input.body(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int words = WordCounter.count(input.lead(), body);
        article.write(
                input.title().strip(),
                input.lead(),
                writeBody(body),
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
        var partner = input.partner();
        article.label(
                input.kicker(),
                partner == null ? null : new Partner(partner.name().strip(), partner.sponsored()));
    }

    /**
     * The body as stored: each "À lire aussi" block keeps its slug alone, and must name an article
     * (by its current or a former slug, in any state: it shows once the target is published).
     */
    private List<Block> requireRelatedTargets(List<Block> body, List<Violation> violations) {
        Set<String> slugs = body.stream()
                .filter(Related.class::isInstance)
                .map(b -> ((Related) b).slug())
                .collect(Collectors.toSet());
        if (slugs.isEmpty()) {
            return body;
        }
        Set<String> known = articles.listKnownSlugs(slugs);
        List<Block> stored = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block instanceof Related related) {
                if (!known.contains(related.slug())) {
                    violations.add(
                            new Violation("body[" + i + "].slug", "no article has the slug '" + related.slug() + "'"));
                }
                block = Related.to(related.slug());
            }
            stored.add(block);
        }
        return stored;
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

    private String writeBody(List<Block> body) {
        try {
            return bodyWriter.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated body could not be written as JSON", e);
        }
    }

    private List<Block> readBody(String body) {
        try {
            return bodyReader.readValue(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored body could not be read", e);
        }
    }

    private String write(ArticleInput input) {
        try {
            return json.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A revision could not be written as JSON", e);
        }
    }

    private String requireFreeSlug(String slug, Long exceptId) {
        if (articles.isSlugTaken(slug, exceptId)) {
            throw new Conflict("Another article has (or had) the slug '" + slug + "'");
        }
        return slug;
    }

    /** The title's slug, or the first free {@code slug-N} (N from 2) when another article has or had it. */
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
