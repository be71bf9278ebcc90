package io.manchette.feed;

import io.manchette.article.ArticleSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "À la Une" as readers see it: the selected articles that are published, in the editors' order. */
@Schema(name = "FrontPage")
public record FrontPageView(List<ArticleSummary> items) {

    public static FrontPageView from(FrontPage page) {
        return new FrontPageView(page.getArticles().stream()
                .filter(a -> a.isPublished())
                .map(ArticleSummary::from)
                .toList());
    }
}
