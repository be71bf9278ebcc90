package io.manchette.delivery;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of what a public answer shows. A change drops exactly the answers that carry one of the
 * keys it names; the database triggers of {@code V20261202_1__record_change_events.sql} name them
 * with the same words, and the {@code Surrogate-Key} header carries them to CDNs.
 */
public final class CacheKeys {

    /** Every published article: a list of all of them holds different rows, or in another order. */
    public static final String ARTICLES = "articles";
    /** Anything about any published article: answers that show all of them, or search them. */
    public static final String ANY_ARTICLE = "articles:any";

    /** Which articles the lists of partners' content hold (an article gains, loses or changes partner). */
    public static final String PARTNER_ARTICLES = "articles:partner";

    /** Which job offers the public lists hold, and in what order. */
    public static final String JOBS = "jobs";

    public static final String SECTIONS = "sections";
    public static final String TAGS = "tags";
    public static final String AUTHORS = "authors";
    public static final String FRONT_PAGE = "front-page";

    private final Set<String> keys = new TreeSet<>();

    private CacheKeys() {}

    public static CacheKeys of(String... keys) {
        var built = new CacheKeys();
        built.keys.addAll(java.util.List.of(keys));
        return built;
    }

    /** One published article: its page and every teaser of it. */
    public CacheKeys article(long id) {
        keys.add("article:" + id);
        return this;
    }

    /** A section's own fields (name, path, description, children). */
    public CacheKeys section(long id) {
        keys.add("section:" + id);
        return this;
    }

    public CacheKeys tag(long id) {
        keys.add("tag:" + id);
        return this;
    }

    public CacheKeys author(long id) {
        keys.add("author:" + id);
        return this;
    }

    /** What a slot of placements shows. */
    public CacheKeys placements(String slot) {
        keys.add("placements:" + slot);
        return this;
    }

    /** One job offer: its page and every teaser of it. */
    public CacheKeys job(long id) {
        keys.add("job:" + id);
        return this;
    }

    /** An article's public comment thread. */
    public CacheKeys comments(long articleId) {
        keys.add("comments:" + articleId);
        return this;
    }

    /** Which articles the lists of a section (and of its sub-sections) hold. */
    public CacheKeys articlesOfSection(long sectionId) {
        keys.add("articles:section:" + sectionId);
        return this;
    }

    public CacheKeys articlesOfTag(long tagId) {
        keys.add("articles:tag:" + tagId);
        return this;
    }

    public CacheKeys articlesOfAuthor(long authorId) {
        keys.add("articles:author:" + authorId);
        return this;
    }

    public CacheKeys add(String key) {
        keys.add(key);
        return this;
    }

    public CacheKeys addAll(Collection<String> more) {
        keys.addAll(more);
        return this;
    }

    public CacheKeys addAll(CacheKeys more) {
        keys.addAll(more.keys);
        return this;
    }

    /** Sorted, so that the same answer always carries the same header. */
    public Set<String> asSet() {
        return Set.copyOf(keys);
    }

    public String joined(String separator) {
        return String.join(separator, keys);
    }

    @Override
    public String toString() {
        return joined(" ");
    }
}
