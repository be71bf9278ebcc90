package io.manchette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.PageEntry;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** RSS 2.0 as readers' apps parse it: without Quarkus, from the writer alone. */
class RssWriterTest {

    static final PageEntry ARTICLE = new PageEntry(
            "greve-des-trains",
            "Grève des trains : « rien ne roule » & <personne> ne sait",
            "Le trafic reprendra demain.",
            "france/societe",
            "Société",
            "fr",
            Instant.parse("2026-12-01T06:00:00Z"),
            Instant.parse("2026-12-01T07:30:00Z"));

    static final RssWriter.Channel CHANNEL =
            new RssWriter.Channel("La Gazette", "https://site.example/", "https://site.example/feeds/rss.xml");

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    @Test
    void theChannelNamesTheSiteAndItsLatestPublication() throws Exception {
        Document rss = parse(RssWriter.write(CHANNEL, List.of(ARTICLE), a -> "https://site.example/" + a.slug()));
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertEquals("La Gazette", text(channel, "title"));
        assertEquals("https://site.example/", text(channel, "link"));
        assertEquals("Les derniers articles de La Gazette", text(channel, "description"));
        assertEquals("Tue, 01 Dec 2026 06:00:00 GMT", text(channel, "pubDate"));
    }

    @Test
    void eachItemHasItsAbsoluteLinkLeadAndSectionWithTheTitleEscaped() throws Exception {
        Document rss = parse(RssWriter.write(CHANNEL, List.of(ARTICLE), a -> "https://site.example/a/" + a.slug()));
        Element item = (Element) rss.getElementsByTagName("item").item(0);
        assertEquals(ARTICLE.title(), text(item, "title"));
        assertEquals("https://site.example/a/greve-des-trains", text(item, "link"));
        assertEquals("https://site.example/a/greve-des-trains", text(item, "guid"));
        assertEquals("Le trafic reprendra demain.", text(item, "description"));
        assertEquals("Société", text(item, "category"));
        assertEquals("Tue, 01 Dec 2026 06:00:00 GMT", text(item, "pubDate"));
    }

    @Test
    void anEmptyFeedIsStillAValidChannel() throws Exception {
        Document rss = parse(RssWriter.write(CHANNEL, List.of(), a -> ""));
        assertEquals(0, rss.getElementsByTagName("item").getLength());
        assertEquals(0, rss.getElementsByTagName("pubDate").getLength());
        assertEquals(1, rss.getElementsByTagName("channel").getLength());
    }
}
