package io.manchette.comment;

import io.manchette.article.Article;
import io.manchette.article.ArticleRepository;
import io.manchette.audit.AuditLog;
import io.manchette.audit.Edits;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Comment use cases: posting, reading threads, moderating one or many, opening and closing. */
@ApplicationScoped
public class CommentService {

    private static final Logger LOG = Logger.getLogger(CommentService.class);
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final ManchetteConfig.Comments config;
    private final AuditLog audit;
    private final Edits edits;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            ArticleRepository articles,
            ManchetteConfig config,
            AuditLog audit,
            Edits edits,
            Clock clock) {
        this.comments = comments;
        this.articles = articles;
        this.audit = audit;
        this.edits = edits;
        this.config = config.comments();
        this.clock = clock;
    }

    /** A page of an article's approved threads, each with its approved replies nested: two queries. */
    @Transactional
    public Threads threads(String slug, PageRequest page) {
        Article article = published(slug);
        List<Comment> tops = comments.listApprovedThreads(article.getId(), page);
        List<Comment> shown = page.limit() < tops.size() ? tops.subList(0, page.limit()) : tops;
        List<Comment> replies =
                comments.listApprovedReplies(shown.stream().map(Comment::getId).toList());
        return new Threads(article.getId(), tops, nest(shown, replies));
    }

    /**
     * Threads of a page: the article they belong to, the top comments fetched (for the cursor) and
     * their nested views by id.
     */
    public record Threads(long articleId, List<Comment> rows, Map<Long, CommentView> views) {

        public CommentView viewOf(Comment top) {
            return views.get(top.getId());
        }
    }

    /**
     * Posts a comment under a published article whose comments are open. Spam signals hold it as
     * spam; otherwise it waits for a moderator, or shows at once under post-moderation.
     */
    @Transactional
    public Comment post(String slug, CommentInput input, String clientAddress) {
        Article article = published(slug);
        if (!article.isCommentsOpen()) {
            throw new Conflict("Comments are closed on this article");
        }
        Comment parent = null;
        if (input.parentId() != null) {
            parent = comments.findByIdOptional(input.parentId())
                    .filter(c -> c.isApproved() && c.getArticle().getId().equals(article.getId()))
                    .orElseThrow(() -> new InvalidInput("parentId", "must be an approved comment of this article"));
        }
        var comment = new Comment(
                article,
                parent,
                input.authorName().strip(),
                input.authorEmail(),
                input.body(),
                clientAddress,
                clock.instant());
        String spam = spamReason(input);
        if (spam != null) {
            comment.arrive(CommentStatus.SPAM, spam);
            LOG.infof("Comment on %s held as spam: %s", slug, spam);
        } else if (config.moderation() == ManchetteConfig.Comments.Moderation.POST) {
            comment.arrive(CommentStatus.APPROVED, null);
        } else {
            comment.arrive(CommentStatus.PENDING, null);
        }
        comments.persist(comment);
        if (comment.isApproved()) {
            comments.refreshCommentCounts(List.of(article.getId()));
        }
        return comment;
    }

    public Comment get(long id) {
        return comments.listWithArticles(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("Comment", id));
    }

    /** One moderator decision; {@code ifMatch} is checked when the client sent one. */
    @Transactional
    public Comment moderate(long id, ModerationAction action, IfMatch ifMatch, String moderator) {
        Comment comment = get(id);
        if (ifMatch != null) {
            ifMatch.check(comment.getVersion());
        }
        apply(List.of(comment), action, moderator);
        return comment;
    }

    /** The same decision on many comments, in one transaction; unknown ids fail the whole batch. */
    @Transactional
    public int moderateAll(List<Long> ids, ModerationAction action, String moderator) {
        Set<Long> wanted = new HashSet<>(ids);
        List<Comment> found = comments.listWithArticles(wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new HashSet<>(wanted);
            found.forEach(c -> missing.remove(c.getId()));
            throw new InvalidInput(
                    "ids", "unknown comment id(s) " + missing.stream().sorted().toList());
        }
        apply(found, action, moderator);
        return found.size();
    }

    /** Opens or closes an article's comments; the article's version changes, as for any edit. */
    @Transactional
    public Article setCommentsOpen(long articleId, boolean open, IfMatch ifMatch) {
        Article article = edits.change(
                open ? "comments.open" : "comments.close",
                "article",
                articles.findByIdOptional(articleId).orElseThrow(() -> new NotFound("Article", articleId)),
                ifMatch,
                changed -> changed.setCommentsOpen(open));
        LOG.infof("Comments %s on %s", open ? "opened" : "closed", article.getSlug());
        return article;
    }

    private void apply(List<Comment> targets, ModerationAction action, String moderator) {
        Set<Long> articleIds = new HashSet<>();
        Map<Long, Long> versionsBefore = new java.util.HashMap<>();
        for (Comment comment : targets) {
            articleIds.add(comment.getArticle().getId());
            versionsBefore.put(comment.getId(), comment.getVersion());
            if (action == ModerationAction.DELETE) {
                comments.delete(comment);
            } else {
                comment.moderate(action.result(), moderator, clock.instant());
            }
        }
        comments.refreshCommentCounts(articleIds);
        for (Comment comment : targets) {
            audit.record(
                    "comment." + action.name().toLowerCase(java.util.Locale.ROOT),
                    "comment",
                    comment.getId(),
                    versionsBefore.get(comment.getId()),
                    action == ModerationAction.DELETE ? null : comment.getVersion());
        }
        LOG.infof(
                "%s %s comment(s) %s",
                moderator, action, targets.stream().map(Comment::getId).toList());
    }

    private Article published(String slug) {
        return articles.findPublished(slug).orElseThrow(() -> new NotFound("Article", slug));
    }

    private String spamReason(CommentInput input) {
        if (input.website() != null && !input.website().isBlank()) {
            return "honeypot field filled";
        }
        long links = LINK.matcher(input.body()).results().count();
        if (links > config.maxLinks()) {
            return links + " links (more than " + config.maxLinks() + ")";
        }
        return null;
    }

    /** Nests replies under their parents; a reply whose parent is not shown is not shown either. */
    private static Map<Long, CommentView> nest(List<Comment> tops, List<Comment> replies) {
        Map<Long, List<CommentView>> children = new LinkedHashMap<>();
        Map<Long, CommentView> views = new LinkedHashMap<>();
        for (Comment comment : concat(tops, replies)) {
            var view = new CommentView(
                    comment.getId(),
                    comment.getAuthorName(),
                    comment.getBody(),
                    comment.getPostedAt(),
                    children.computeIfAbsent(comment.getId(), id -> new ArrayList<>()));
            views.put(comment.getId(), view);
        }
        for (Comment reply : replies) {
            List<CommentView> siblings = children.get(reply.getParentId());
            if (siblings != null && views.containsKey(reply.getParentId())) {
                siblings.add(views.get(reply.getId()));
            }
        }
        views.keySet().retainAll(tops.stream().map(Comment::getId).toList());
        return views;
    }

    private static List<Comment> concat(List<Comment> a, List<Comment> b) {
        List<Comment> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
