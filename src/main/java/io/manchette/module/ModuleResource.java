package io.manchette.module;

import io.manchette.article.ArticleLists;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.job.JobRepository;
import io.manchette.job.JobSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Page blocks in one request. */
@Path("/api/modules")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Modules")
public class ModuleResource {

    private final ArticleLists lists;
    private final JobRepository jobs;
    private final PublicAnswers answers;
    private final Clock clock;
    private final ManchetteConfig.Modules.References config;

    ModuleResource(ArticleLists lists, JobRepository jobs, PublicAnswers answers, Clock clock, ManchetteConfig config) {
        this.lists = lists;
        this.jobs = jobs;
        this.answers = answers;
        this.clock = clock;
        this.config = config.modules().references();
    }

    @GET
    @Path("references")
    @Operation(
            summary = "The Références block: the brand's newest career articles and job offers, with links to all",
            description = "One cached answer, dropped by a change to either, and fresh only until the soonest offer"
                    + " expiry. The brand is the partner name of MANCHETTE_MODULES_REFERENCES_PARTNER.")
    @APIResponseSchema(ReferencesModule.class)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<Payload> getReferencesModule(Request request) {
        String brand = config.partner();
        var listing = lists.published(null, null, null, null, null, brand);
        var articles = lists.teasers(listing, new PageRequest(Cursor.Kind.PUBLISHED_ARTICLES, config.articles(), null));
        Instant now = clock.instant();
        var offers = jobs.listLiveNewestFirst(
                new JobRepository.Filter(null, null, null),
                now,
                new PageRequest(Cursor.Kind.JOBS, config.jobs(), null));
        var keys = CacheKeys.of(CacheKeys.JOBS).addAll(articles.keys());
        offers.forEach(j -> keys.job(j.getId()));
        var module = new ReferencesModule(
                brand,
                articles.page().items(),
                offers.stream().limit(config.jobs()).map(JobSummary::from).toList(),
                new ReferencesModule.Links(
                        "/api/articles?partner="
                                + URLEncoder.encode(brand, StandardCharsets.UTF_8)
                                        .replace("+", "%20"),
                        "/api/jobs"));
        return answers.json(
                request,
                module,
                keys,
                // Fresh until the first of an offer's expiry and a photo's end of rights.
                Stream.of(articles.freshUntil(), jobs.findNextChange(now).orElse(null))
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElse(null));
    }
}
