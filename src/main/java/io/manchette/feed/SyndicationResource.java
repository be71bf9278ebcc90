package io.manchette.feed;

import io.manchette.article.ArticleRepository;
import io.manchette.article.PageEntry;
import io.manchette.article.SiteUrls;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.NotFound;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.section.SectionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Syndication outside {@code /api}: RSS 2.0 for the site and each section ({@link RssWriter}), the
 * sitemap and the Google News sitemap ({@link SitemapWriter}). Every URL is absolute, on the
 * public site ({@code MANCHETTE_SITE_URL}).
 */
@Path("/")
@PermitAll
@Tag(name = "Syndication")
public class SyndicationResource {

    private static final MediaType RSS = new MediaType("application", "rss+xml", "UTF-8");
    private static final MediaType XML = new MediaType("application", "xml", "UTF-8");
    private static final int FEED_ITEMS = 50;
    /** Google News takes articles of the last two days, at most a thousand. */
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private static final int NEWS_URLS = 1_000;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final SiteUrls site;
    private final String siteName;
    private final PublicAnswers answers;
    private final Clock clock;

    SyndicationResource(
            ArticleRepository articles,
            SectionRepository sections,
            SiteUrls site,
            ManchetteConfig config,
            PublicAnswers answers,
            Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.site = site;
        this.siteName = config.site().name();
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @Path("feeds/rss.xml")
    @Produces("application/rss+xml")
    @APIResponse(
            responseCode = "200",
            description = "RSS 2.0",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "RSS 2.0 of the whole site: the fifty newest articles")
    public RestResponse<Payload> getSiteFeed(Request request) {
        var channel = new RssWriter.Channel(siteName, site.home(), site.api("/feeds/rss.xml"));
        byte[] rss = RssWriter.write(channel, articles.listPageEntries(null, null, FEED_ITEMS), this::urlOf);
        return answers.bytes(request, rss, RSS, everything(), null);
    }

    @GET
    @Path("feeds/{path: .+}/rss.xml")
    @Produces("application/rss+xml")
    @APIResponse(
            responseCode = "200",
            description = "RSS 2.0",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "RSS 2.0 of a section and its sub-sections")
    public RestResponse<Payload> getSectionFeed(@RestPath String path, Request request) {
        Section section = sections.findByPath(path).orElseThrow(() -> new NotFound("Section", path));
        var channel = new RssWriter.Channel(
                siteName + " — " + section.getName(), site.section(path), site.api("/feeds/" + path + "/rss.xml"));
        byte[] rss = RssWriter.write(channel, articles.listPageEntries(path, null, FEED_ITEMS), this::urlOf);
        return answers.bytes(request, rss, RSS, everything(), null);
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    @APIResponse(
            responseCode = "200",
            description = "A sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "The sitemap: home, sections and the newest 50,000 articles")
    public RestResponse<Payload> getSitemap(Request request) {
        List<SitemapWriter.Url> urls = new ArrayList<>();
        urls.add(new SitemapWriter.Url(site.home(), null));
        for (Section section : sections.listTree()) {
            urls.add(new SitemapWriter.Url(site.section(section.getPath()), null));
        }
        for (PageEntry entry : articles.listPageEntries(null, null, SitemapWriter.MAX_URLS)) {
            urls.add(new SitemapWriter.Url(urlOf(entry), entry.updatedAt()));
        }
        return answers.bytes(request, SitemapWriter.sitemap(urls), XML, everything(), null);
    }

    @GET
    @Path("sitemap-news.xml")
    @Produces("application/xml")
    @APIResponse(
            responseCode = "200",
            description = "A sitemap",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    @Operation(summary = "The Google News sitemap: articles of the last 48 hours")
    public RestResponse<Payload> getNewsSitemap(Request request) {
        var since = clock.instant().minus(NEWS_WINDOW);
        List<PageEntry> news = articles.listPageEntries(null, since, NEWS_URLS);
        // The oldest article leaves the window at a known instant, with no change to announce it.
        Instant leaves =
                news.isEmpty() ? null : news.get(news.size() - 1).publishedAt().plus(NEWS_WINDOW);
        return answers.bytes(request, SitemapWriter.news(siteName, news, this::urlOf), XML, everything(), leaves);
    }

    /** Feeds and sitemaps show many articles and every section: any change to them drops these. */
    private static CacheKeys everything() {
        return CacheKeys.of(CacheKeys.ANY_ARTICLE, CacheKeys.SECTIONS);
    }

    private String urlOf(PageEntry article) {
        return site.article(article.sectionPath(), article.slug());
    }
}
