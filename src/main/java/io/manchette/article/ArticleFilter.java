package io.manchette.article;

import java.time.Instant;

/** What a list of articles is narrowed to; absent criteria (null) do not narrow it. */
public record ArticleFilter(
        String sectionPath,
        String tag,
        String author,
        Boolean reference,
        String language,
        ArticleStatus status,
        String partner,
        /** For the newsroom: only articles using a photo whose rights had ended at this instant. */
        Instant photosPastRightsAt) {

    public ArticleFilter(
            String sectionPath, String tag, String author, Boolean reference, String language, ArticleStatus status) {
        this(sectionPath, tag, author, reference, language, status, null, null);
    }

    /** The same list narrowed to one partner's content ({@code null}: not narrowed). */
    public ArticleFilter ofPartner(String partnerName) {
        return new ArticleFilter(
                sectionPath, tag, author, reference, language, status, partnerName, photosPastRightsAt);
    }

    /** The same list narrowed to articles using a photo whose rights had ended at {@code at}. */
    public ArticleFilter withPhotosPastRightsAt(Instant at) {
        return new ArticleFilter(sectionPath, tag, author, reference, language, status, partner, at);
    }

    public static ArticleFilter published(
            String sectionPath, String tag, String author, Boolean reference, String language) {
        return new ArticleFilter(sectionPath, tag, author, reference, language, ArticleStatus.PUBLISHED);
    }

    public static ArticleFilter inSection(String sectionPath) {
        return published(sectionPath, null, null, null, null);
    }

    public static ArticleFilter withTag(String tag) {
        return published(null, tag, null, null, null);
    }

    public static ArticleFilter byAuthor(String author) {
        return published(null, null, author, null, null);
    }
}
