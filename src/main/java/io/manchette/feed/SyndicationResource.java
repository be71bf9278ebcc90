package io.manchette.feed;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Syndication outside {@code /api}: RSS 2.0 for the site and each section (built with Rome), the
 * sitemap and the Google News sitemap (written with the JDK's StAX). Every URL is absolute, on the
 * public site ({@code MANCHETTE_SITE_URL}).
 */
@Path("/")
@PermitAll
@Tag(name = "Syndication")
public class SyndicationResource {

    private static final MediaType RSS = new MediaType("application", "rss+xml", "UTF-8");
    private static final MediaType XML = new MediaType("application", "xml", "UTF-8");
    private static final int FEED_ITEMS = 50;
    /** The sitemap protocol's limit for one file. */
    private static final int SITEMAP_URLS = 50_000;
    /** Google News takes articles of the last two days, at most a thousand. */
    private static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private static final int NEWS_URLS = 1_000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

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
        byte[] rss = rss(siteName, site.home(), "/feeds/rss.xml", articles.listPageEntries(null, null, FEED_ITEMS));
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
        byte[] rss = rss(
                siteName + " — " + section.getName(),
                site.section(path),
                "/feeds/" + path + "/rss.xml",
                articles.listPageEntries(path, null, FEED_ITEMS));
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
        var out = new ByteArrayOutputStream();
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            url(xml, site.home(), null);
            for (Section section : sections.listTree()) {
                url(xml, site.section(section.getPath()), null);
            }
            for (PageEntry entry : articles.listPageEntries(null, null, SITEMAP_URLS)) {
                url(
                        xml,
                        site.article(entry.sectionPath(), entry.slug()),
                        entry.updatedAt().toString());
            }
            xml.writeEndElement();
        });
        return answers.bytes(request, out.toByteArray(), XML, everything(), null);
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
        var out = new ByteArrayOutputStream();
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (PageEntry entry : news) {
                xml.writeStartElement("url");
                element(xml, "loc", site.article(entry.sectionPath(), entry.slug()));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", siteName);
                newsElement(xml, "language", entry.language());
                xml.writeEndElement();
                newsElement(xml, "publication_date", entry.publishedAt().toString());
                newsElement(xml, "title", entry.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
        // The oldest article leaves the window at a known instant, with no change to announce it.
        Instant leaves =
                news.isEmpty() ? null : news.get(news.size() - 1).publishedAt().plus(NEWS_WINDOW);
        return answers.bytes(request, out.toByteArray(), XML, everything(), leaves);
    }

    /** Feeds and sitemaps show many articles and every section: any change to them drops these. */
    private static CacheKeys everything() {
        return CacheKeys.of(CacheKeys.ANY_ARTICLE, CacheKeys.SECTIONS);
    }

    private byte[] rss(String title, String link, String selfPath, List<PageEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setDescription("Les derniers articles de " + title);
        feed.setUri(site.api(selfPath));
        feed.setEncoding("UTF-8");
        feed.setPublishedDate(
                entries.isEmpty() ? null : Date.from(entries.get(0).publishedAt()));
        feed.setEntries(entries.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("The RSS feed could not be written", e);
        }
    }

    private SyndEntry entry(PageEntry article) {
        String url = site.article(article.sectionPath(), article.slug());
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.title());
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.updatedAt()));
        if (article.lead() != null) {
            var description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(article.lead());
            entry.setDescription(description);
        }
        var category = new SyndCategoryImpl();
        category.setName(article.sectionName());
        entry.setCategories(List.of(category));
        return entry;
    }

    /** Writes one XML document; the lambda is the body between the declaration and the end. */
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(ByteArrayOutputStream out, XmlBody body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap could not be written", e);
        }
    }

    private static void url(XMLStreamWriter xml, String loc, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
