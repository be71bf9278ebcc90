package io.manchette.article;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.media.Photos;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.author.AuthorRepository;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.tag.Tag;
import io.manchette.taxonomy.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The public lists of published teasers ("Voir plus d'articles", a section's, a tag's, an
 * author's, the fil info): one page in one query, with the cache keys of what it shows: the
 * filters it was built from (a publication elsewhere leaves it in place) and each teaser.
 */
@ApplicationScoped
public class ArticleLists {

    /** What a list is narrowed to, and the keys of the lists of that narrowing. */
    public record Listing(ArticleFilter filter, CacheKeys keys) {}

    /** One page of teasers, the keys of everything it shows, and when its first photo's rights end. */
    public record Teasers(CursorPage<ArticleSummary> page, CacheKeys keys, Instant freshUntil) {}

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final ArticleSummaries summaries;

    ArticleLists(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            ArticleSummaries summaries) {
        this.articles = articles;
        this.summaries = summaries;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    /**
     * A list narrowed by the public names of its filters (null: not narrowed); a name that matches
     * nothing is a 400 naming its parameter, so that made-up filters cannot fill the cache.
     */
    public Listing published(
            String sectionPath, String tagSlug, String authorSlug, Boolean reference, String language) {
        return published(sectionPath, tagSlug, authorSlug, reference, language, null);
    }

    /** The same, narrowed to a partner's content too (by the partner's name, as written). */
    public Listing published(
            String sectionPath, String tagSlug, String authorSlug, Boolean reference, String language, String partner) {
        var keys = CacheKeys.of();
        if (sectionPath != null) {
            Section section = sections.findByPath(sectionPath)
                    .orElseThrow(() -> new InvalidInput("section", "no section has this path"));
            keys.section(section.getId()).articlesOfSection(section.getId());
        }
        if (tagSlug != null) {
            Tag tag = tags.findBySlug(tagSlug).orElseThrow(() -> new InvalidInput("tag", "no tag has this slug"));
            keys.tag(tag.getId()).articlesOfTag(tag.getId());
        }
        if (authorSlug != null) {
            Author author = authors.findBySlug(authorSlug)
                    .orElseThrow(() -> new InvalidInput("author", "no author has this slug"));
            keys.author(author.getId()).articlesOfAuthor(author.getId());
        }
        if (sectionPath == null && tagSlug == null && authorSlug == null) {
            // Language and reference narrow the list of every article; a partner's list moves only
            // when an article of a partner does (the articles' trigger names it).
            keys.add(partner == null ? CacheKeys.ARTICLES : CacheKeys.PARTNER_ARTICLES);
        }
        return new Listing(
                ArticleFilter.published(sectionPath, tagSlug, authorSlug, reference, language)
                        .ofPartner(partner),
                keys);
    }

    public Listing inSection(Section section) {
        return new Listing(
                ArticleFilter.inSection(section.getPath()),
                CacheKeys.of().section(section.getId()).articlesOfSection(section.getId()));
    }

    public Listing withTag(Tag tag) {
        return new Listing(
                ArticleFilter.withTag(tag.getSlug()),
                CacheKeys.of().tag(tag.getId()).articlesOfTag(tag.getId()));
    }

    public Listing byAuthor(Author author) {
        return new Listing(
                ArticleFilter.byAuthor(author.getSlug()),
                CacheKeys.of().author(author.getId()).articlesOfAuthor(author.getId()));
    }

    public Teasers teasers(Listing listing, PageRequest page) {
        List<Article> rows = articles.listPublishedNewestFirst(listing.filter(), page);
        Photos photos = summaries.leadImages(rows);
        return new Teasers(
                CursorPage.of(
                        rows, page, a -> Cursor.of(a.getPublishedAt(), a.getId()), a -> ArticleSummary.from(a, photos)),
                CacheKeys.of().addAll(listing.keys()).addAll(ArticleKeys.teasers(rows)),
                photos.freshUntil());
    }
}
