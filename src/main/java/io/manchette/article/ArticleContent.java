package io.manchette.article;

import io.manchette.article.body.Block;
import io.manchette.article.body.BodyJson;
import io.manchette.article.body.Image;
import io.manchette.article.body.Related;
import io.manchette.article.body.WordCounter;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Violation;
import io.manchette.media.MediaItem;
import io.manchette.media.MediaService;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.author.AuthorRepository;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.tag.Tag;
import io.manchette.taxonomy.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an editor writes, onto an article and back: the section, tags, authors, photos and "À lire
 * aussi" targets it names must exist (each unknown one is a violation naming its field), and the word
 * count and reading time follow the text.
 */
@ApplicationScoped
public class ArticleContent {

    private static final String DEFAULT_LANGUAGE = "fr";

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final BodyJson bodies;
    private final MediaService media;

    ArticleContent(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            BodyJson bodies,
            MediaService media) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.bodies = bodies;
        this.media = media;
    }

    /** Writes the input onto the article, or refuses it whole with every unknown reference named. */
    public void apply(Article article, ArticleInput input) {
        List<Violation> violations = new ArrayList<>();
        Section section = sections.findByPath(input.section().strip()).orElse(null);
        if (section == null) {
            violations.add(new Violation("section", "no section has the path '" + input.section() + "'"));
        }
        List<Tag> tagList = resolve("tags", input.tags(), tags::listBySlugs, Tag::getSlug, violations);
        List<Author> authorList =
                resolve("authors", input.authors(), authors::listBySlugs, Author::getSlug, violations);
        List<Block> body = requireRelatedTargets(input.body(), violations);
        Set<Long> photos = requirePhotos(input.leadImage(), body, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        int words = WordCounter.count(input.lead(), body);
        article.write(
                input.title().strip(),
                input.lead(),
                bodies.write(body),
                input.leadImage(),
                photos,
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

    /** The article as editors write it: what a PUT would send, what a revision keeps. */
    public ArticleInput inputOf(Article article) {
        var seo = article.getSeo();
        return new ArticleInput(
                article.getKicker(),
                article.getTitle(),
                article.getSlug(),
                article.getLead(),
                article.getLeadImageId(),
                bodies.read(article.getBody()),
                article.getSection().getPath(),
                article.getTags().stream().map(Tag::getSlug).toList(),
                article.getAuthors().stream().map(Author::getSlug).toList(),
                article.getLanguage(),
                article.isReference(),
                article.isCommentsOpen(),
                new ArticleInput.SeoInput(seo.getTitle(), seo.getDescription(), seo.getCanonicalUrl()),
                article.getPartner());
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

    /**
     * One place an article shows a photo: its lead image, or an image block naming one (with the
     * alt it writes, if any); {@code field} is where a violation about it points.
     */
    private record PhotoUse(long media, String field, String ownAlt) {

        boolean isLead() {
            return field.equals("leadImage");
        }

        static List<PhotoUse> of(Long leadImage, List<Block> body) {
            List<PhotoUse> uses = new ArrayList<>();
            if (leadImage != null) {
                uses.add(new PhotoUse(leadImage, "leadImage", null));
            }
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof Image image && image.media() != null) {
                    uses.add(new PhotoUse(image.media(), "body[" + i + "]", image.alt()));
                }
            }
            return uses;
        }

        static Set<Long> ids(List<PhotoUse> uses) {
            return uses.stream().map(PhotoUse::media).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /**
     * Every photo the article uses must be in the library ({@link Image.Source} checked the rest of
     * each block). Each is locked {@code for share} until the commit, so that a change to the photo
     * meanwhile waits and then finds this article among those that show it. Returns their ids.
     */
    private Set<Long> requirePhotos(Long leadImage, List<Block> body, List<Violation> violations) {
        List<PhotoUse> uses = PhotoUse.of(leadImage, body);
        Set<Long> ids = PhotoUse.ids(uses);
        if (ids.isEmpty()) {
            return ids;
        }
        Set<Long> known = media.lockedForUse(ids).keySet();
        for (PhotoUse use : uses) {
            if (!known.contains(use.media())) {
                violations.add(new Violation(
                        use.isLead() ? use.field() : use.field() + ".media",
                        "no media item has the id " + use.media()));
            }
        }
        return ids;
    }

    /**
     * A missing alt blocks publication (409 naming each photo without one): the lead image's, and
     * each image block's (the block's own, else the photo's).
     */
    public void requirePhotosDescribed(Article article) {
        List<PhotoUse> uses = PhotoUse.of(article.getLeadImageId(), bodies.read(article.getBody()));
        if (uses.isEmpty()) {
            return;
        }
        Map<Long, MediaItem> items = media.items(PhotoUse.ids(uses));
        List<Violation> missing = new ArrayList<>();
        for (PhotoUse use : uses) {
            MediaItem item = items.get(use.media());
            boolean described =
                    (use.ownAlt() != null && !use.ownAlt().isBlank()) || (item != null && item.getAlt() != null);
            if (!described) {
                missing.add(
                        use.isLead()
                                ? new Violation(
                                        "leadImage",
                                        "photo " + use.media() + " has no alt: describe it before publishing")
                                : new Violation(
                                        use.field() + ".alt",
                                        "photo " + use.media() + " has no alt: write one here or on the photo"));
            }
        }
        if (!missing.isEmpty()) {
            throw new Conflict("An article goes live only with an alt for each of its photos", missing);
        }
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
}
