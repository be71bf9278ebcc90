package io.manchette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Sitemaps as search engines read them: without Quarkus, from the writer alone. */
class SitemapWriterTest {

    @Test
    void aSitemapListsEachUrlWithItsLastChangeWhenKnown() throws Exception {
        byte[] xml = SitemapWriter.sitemap(List.of(
                new SitemapWriter.Url("https://site.example/", null),
                new SitemapWriter.Url("https://site.example/a?x=1&y=2", Instant.parse("2026-12-01T07:30:00Z"))));
        assertTrue(new String(xml, java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        Document doc = RssWriterTest.parse(xml);
        assertEquals(SitemapWriter.SITEMAP_NS, doc.getDocumentElement().getNamespaceURI());
        var urls = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "url");
        assertEquals(2, urls.getLength());
        Element home = (Element) urls.item(0);
        assertEquals("https://site.example/", RssWriterTest.text(home, "loc"));
        assertEquals(0, home.getElementsByTagName("lastmod").getLength());
        Element article = (Element) urls.item(1);
        assertEquals("https://site.example/a?x=1&y=2", RssWriterTest.text(article, "loc"));
        assertEquals("2026-12-01T07:30:00Z", RssWriterTest.text(article, "lastmod"));
    }

    @Test
    void aNewsSitemapNamesThePublicationLanguageDateAndTitle() throws Exception {
        Document doc = RssWriterTest.parse(SitemapWriter.news(
                "La Gazette", List.of(RssWriterTest.ARTICLE), a -> "https://site.example/" + a.slug()));
        var news = (Element)
                doc.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "news").item(0);
        assertEquals(
                "La Gazette",
                news.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "name")
                        .item(0)
                        .getTextContent());
        assertEquals(
                "fr",
                news.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "language")
                        .item(0)
                        .getTextContent());
        assertEquals(
                "2026-12-01T06:00:00Z",
                news.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "publication_date")
                        .item(0)
                        .getTextContent());
        assertEquals(
                RssWriterTest.ARTICLE.title(),
                news.getElementsByTagNameNS(SitemapWriter.NEWS_NS, "title")
                        .item(0)
                        .getTextContent());
        assertEquals(
                "https://site.example/greve-des-trains",
                doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc")
                        .item(0)
                        .getTextContent());
    }
}
