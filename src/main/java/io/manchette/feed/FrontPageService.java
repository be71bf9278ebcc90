package io.manchette.feed;

import io.manchette.article.Article;
import io.manchette.article.ArticleRepository;
import io.manchette.audit.Edits;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Curating "À la Une". */
@ApplicationScoped
public class FrontPageService {

    private static final Logger LOG = Logger.getLogger(FrontPageService.class);

    private final FrontPageRepository frontPage;
    private final ArticleRepository articles;
    private final Edits edits;
    private final Clock clock;

    FrontPageService(FrontPageRepository frontPage, ArticleRepository articles, Edits edits, Clock clock) {
        this.frontPage = frontPage;
        this.articles = articles;
        this.edits = edits;
        this.clock = clock;
    }

    @Transactional
    public FrontPage get() {
        return frontPage.load();
    }

    /**
     * Replaces the selection. Any existing article may be selected, a draft included: it shows once
     * published. An unknown slug refuses the whole selection, naming it.
     */
    @Transactional
    public FrontPage replace(IfMatch ifMatch, FrontPageInput input, String editor) {
        List<String> slugs = List.copyOf(new LinkedHashSet<>(input.slugs()));
        FrontPage page = edits.change(
                "front-page.update",
                frontPage.load(),
                ifMatch,
                selection -> select(selection, input, slugs, editor),
                selection -> String.join(",", slugs));
        LOG.infof("Front page set by %s: %s", editor, slugs);
        return page;
    }

    private void select(FrontPage page, FrontPageInput input, List<String> slugs, String editor) {
        Map<String, Article> found =
                articles.listBySlugs(slugs).stream().collect(Collectors.toMap(Article::getSlug, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < input.slugs().size(); i++) {
            if (!found.containsKey(input.slugs().get(i))) {
                violations.add(new Violation(
                        "slugs[" + i + "]",
                        "no article has the slug '" + input.slugs().get(i) + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        page.select(slugs.stream().map(found::get).toList(), editor, clock.instant());
    }
}
