package io.manchette.feed;

import io.manchette.article.ArticleSummaries;
import io.manchette.article.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "À la Une" as readers see it: the selected articles that are published, in the editors' order. */
@Schema(name = "FrontPage")
public record FrontPageView(List<ArticleSummary> items) {

    /** The published ones of the selection, as {@link ArticleSummaries} shows them. */
    static ArticleSummaries.Shown shown(FrontPage page, ArticleSummaries summaries) {
        return summaries.of(
                page.getArticles().stream().filter(a -> a.isPublished()).toList());
    }
}
