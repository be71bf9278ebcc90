package io.manchette.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Feeds and sitemaps are valid XML, with absolute URLs on the public site. */
@QuarkusTest
class SyndicationResourceTest {

    private static final String SITE = "https://journal.example.org";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    TestData data;

    @Test
    void theSiteFeedIsRss2WithAbsoluteLinks() throws Exception {
        String section = data.section("Flux");
        Article article = data.published(section, "Article syndiqué");
        data.draft(section, "Brouillon non syndiqué");

        Document rss = parse(given().get("/feeds/rss.xml")
                .then()
                .statusCode(200)
                .contentType(containsString("application/rss+xml"))
                .extract()
                .asByteArray());
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        List<String> links = texts(rss.getElementsByTagName("link"));
        assertThat(links, everyItem(startsWith(SITE)));
        assertThat(links, hasItem(SITE + "/" + section + "/" + article.getSlug()));
        assertThat(texts(rss.getElementsByTagName("title")), not(hasItem("Brouillon non syndiqué")));
    }

    @Test
    void aSectionFeedHoldsItsArticlesOnly() throws Exception {
        String section = data.section("Rubrique flux");
        Article inside = data.published(section, "Dans la rubrique");
        Article outside = data.published(data.section("Ailleurs"), "Hors rubrique");

        Document rss = parse(given().get("/feeds/" + section + "/rss.xml")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        List<String> titles = texts(rss.getElementsByTagName("title"));
        assertThat(titles, hasItem(inside.getTitle()));
        assertThat(titles, not(hasItem(outside.getTitle())));
        given().get("/feeds/inconnue/rss.xml").then().statusCode(404);
    }

    @Test
    void theSitemapListsPublishedArticlesAndSections() throws Exception {
        String section = data.section("Carte");
        Article article = data.published(section, "Dans le plan du site");
        Article draft = data.draft(section, "Absent du plan du site");

        Document sitemap = parse(given().get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType(containsString("application/xml"))
                .extract()
                .asByteArray());
        assertEquals(SITEMAP, sitemap.getDocumentElement().getNamespaceURI());
        List<String> locs = texts(sitemap.getElementsByTagNameNS(SITEMAP, "loc"));
        assertThat(locs, everyItem(startsWith(SITE)));
        assertThat(locs, hasItem(SITE + "/" + section + "/" + article.getSlug()));
        assertThat(locs, hasItem(SITE + "/" + section));
        assertThat(locs, not(hasItem(SITE + "/" + section + "/" + draft.getSlug())));
    }

    @Test
    void theNewsSitemapHoldsTheLast48Hours() throws Exception {
        String section = data.section("Actu");
        Article fresh = data.published(section, "Toute fraîche");
        Article old = data.publishedAgo(section, "Vieille de trois jours", Duration.ofDays(3));

        Document news = parse(given().get("/sitemap-news.xml")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        List<String> locs = texts(news.getElementsByTagNameNS(SITEMAP, "loc"));
        assertThat(locs, hasItem(SITE + "/" + section + "/" + fresh.getSlug()));
        assertThat(locs, not(hasItem(SITE + "/" + section + "/" + old.getSlug())));
        assertThat(texts(news.getElementsByTagNameNS(NEWS, "title")), hasItem("Toute fraîche"));
        assertThat(texts(news.getElementsByTagNameNS(NEWS, "language")), hasItem("fr"));
        assertThat(texts(news.getElementsByTagNameNS(NEWS, "name")), everyItem(equalTo("Manchette")));
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
