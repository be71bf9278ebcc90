package io.manchette.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.account.UserInput;
import io.manchette.account.UserService;
import io.manchette.article.ArticleInput;
import io.manchette.article.ArticleService;
import io.manchette.article.ArticleStatus;
import io.manchette.article.ArticleWorkflow;
import io.manchette.comment.Comment;
import io.manchette.comment.CommentInput;
import io.manchette.comment.CommentService;
import io.manchette.comment.CommentStatus;
import io.manchette.comment.ModerationAction;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.http.IfMatch;
import io.manchette.feed.FrontPageInput;
import io.manchette.feed.FrontPageService;
import io.manchette.job.JobInput;
import io.manchette.job.JobService;
import io.manchette.placement.PlacementInput;
import io.manchette.placement.PlacementService;
import io.manchette.taxonomy.author.AuthorInput;
import io.manchette.taxonomy.author.AuthorService;
import io.manchette.taxonomy.section.SectionInput;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.section.SectionService;
import io.manchette.taxonomy.tag.TagInput;
import io.manchette.taxonomy.tag.TagService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Loads the demo newsroom ({@code demo/newsroom.json}) once, in one transaction. */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final String RESOURCE = "demo/newsroom.json";
    /** Present once the demo is loaded: loading again would only add duplicates. */
    private static final String MARKER_SECTION = "monde";

    /** The file's shape: inputs as editors would send them, plus each article's state. */
    record Newsroom(
            List<SectionInput> sections,
            List<TagInput> tags,
            List<AuthorInput> authors,
            List<UserInput> users,
            List<DemoArticle> articles,
            List<DemoComment> comments,
            List<String> frontPage,
            List<DemoJob> jobs,
            List<DemoPlacement> placements) {}

    /** An offer posted some days ago that expires in some days; from a partner feed when source is set. */
    record DemoJob(int postedDaysAgo, int expiresInDays, String source, String externalId, JobInput job) {}

    /** A promotion that started some days ago and ends in some days. */
    record DemoPlacement(int startedDaysAgo, int endsInDays, PlacementInput placement) {}

    /** An article, and the name of its lead photo among {@link DemoPhotos}' (none when null). */
    record DemoArticle(ArticleStatus status, int publishedHoursAgo, String leadPhoto, ArticleInput article) {}

    /** A comment under {@code article} (a slug), with replies; only approved ones can be answered. */
    record DemoComment(
            String article, String authorName, String body, CommentStatus status, List<DemoComment> replies) {}

    private final ManchetteConfig config;
    private final ObjectMapper json;
    private final SectionRepository sectionRepository;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleService articles;
    private final ArticleWorkflow workflow;
    private final UserService users;
    private final CommentService comments;
    private final FrontPageService frontPage;
    private final JobService jobs;
    private final PlacementService placements;
    private final DemoPhotos photos;
    private final Clock clock;

    DemoContent(
            ManchetteConfig config,
            ObjectMapper json,
            SectionRepository sectionRepository,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            ArticleService articles,
            ArticleWorkflow workflow,
            UserService users,
            CommentService comments,
            FrontPageService frontPage,
            JobService jobs,
            PlacementService placements,
            DemoPhotos photos,
            Clock clock) {
        this.photos = photos;
        this.jobs = jobs;
        this.placements = placements;
        this.config = config;
        this.json = json;
        this.sectionRepository = sectionRepository;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
        this.workflow = workflow;
        this.users = users;
        this.comments = comments;
        this.frontPage = frontPage;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoContent()) {
            load();
        }
    }

    /** Loads the newsroom unless it is already there; true when it loaded it. */
    @Transactional
    public boolean load() {
        if (sectionRepository.findByPath(MARKER_SECTION).isPresent()) {
            LOG.info("Demo content already loaded");
            return false;
        }
        Newsroom newsroom = read();
        newsroom.sections().forEach(sections::create);
        newsroom.tags().forEach(tags::create);
        newsroom.authors().forEach(authors::create);
        newsroom.users().forEach(users::create);
        Instant now = clock.instant();
        Map<String, Long> library = photos.load();
        for (DemoArticle demo : newsroom.articles()) {
            var input = demo.leadPhoto() == null
                    ? demo.article()
                    : demo.article().withLeadImage(library.get(demo.leadPhoto()));
            long id = articles.create(input).getId();
            if (demo.status() == ArticleStatus.PUBLISHED) {
                workflow.publishAsOf(id, now.minus(Duration.ofHours(demo.publishedHoursAgo())));
            }
        }
        for (DemoComment comment : newsroom.comments()) {
            post(comment, null);
        }
        frontPage.replace(
                IfMatch.parse(IfMatch.etag(frontPage.get().getVersion())),
                new FrontPageInput(newsroom.frontPage()),
                "demo");
        for (DemoJob demo : newsroom.jobs()) {
            var j = demo.job();
            var input = new JobInput(
                    j.title(),
                    j.slug(),
                    j.employer(),
                    j.location(),
                    j.region(),
                    j.contract(),
                    j.languages(),
                    j.description(),
                    j.applyUrl(),
                    j.applyEmail(),
                    now.minus(Duration.ofDays(demo.postedDaysAgo())),
                    now.plus(Duration.ofDays(demo.expiresInDays())));
            if (demo.source() != null) {
                jobs.upsert(demo.source(), demo.externalId(), null, input);
            } else {
                jobs.create(input);
            }
        }
        for (DemoPlacement demo : newsroom.placements()) {
            var p = demo.placement();
            placements.create(new PlacementInput(
                    p.slot(),
                    p.title(),
                    p.text(),
                    p.cta(),
                    p.image(),
                    now.minus(Duration.ofDays(demo.startedDaysAgo())),
                    now.plus(Duration.ofDays(demo.endsInDays())),
                    p.priority()));
        }
        LOG.infof(
                "Demo content loaded: %d articles, %d comment threads",
                newsroom.articles().size(), newsroom.comments().size());
        return true;
    }

    private void post(DemoComment demo, Comment parent) {
        var input =
                new CommentInput(demo.authorName(), null, demo.body(), parent == null ? null : parent.getId(), null);
        Comment comment = comments.post(
                parent == null ? demo.article() : parent.getArticle().getSlug(), input, "demo");
        if (demo.status() == CommentStatus.APPROVED) {
            comments.moderate(comment.getId(), ModerationAction.APPROVE, null, "demo");
        }
        for (DemoComment reply : demo.replies() == null ? List.<DemoComment>of() : demo.replies()) {
            post(reply, comment);
        }
    }

    private Newsroom read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return json.readValue(in, Newsroom.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
