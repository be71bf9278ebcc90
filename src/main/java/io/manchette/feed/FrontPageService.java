package io.manchette.feed;

import io.manchette.article.Article;
import io.manchette.article.ArticleRepository;
import io.manchette.audit.AuditLog;
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
    private final AuditLog audit;
    private final Clock clock;

    FrontPageService(FrontPageRepository frontPage, ArticleRepository articles, AuditLog audit, Clock clock) {
        this.frontPage = frontPage;
        this.articles = articles;
        this.audit = audit;
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
        FrontPage page = frontPage.load();
        ifMatch.check(page.getVersion());
        List<String> slugs = List.copyOf(new LinkedHashSet<>(input.slugs()));
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
        long before = page.getVersion();
        page.select(slugs.stream().map(found::get).toList(), editor, clock.instant());
        frontPage.flush();
        audit.record(
                "front-page.update", "front-page", FrontPage.ID, before, page.getVersion(), String.join(",", slugs));
        LOG.infof("Front page set by %s: %s", editor, slugs);
        return page;
    }
}
