package io.manchette.feed;

import io.manchette.article.PageEntry;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps (sitemaps.org 0.9) and Google News sitemaps, written with the JDK's StAX. */
public final class SitemapWriter {

    /** The sitemap protocol's limit for one file. */
    public static final int MAX_URLS = 50_000;

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** One address, with its last change when known. */
    public record Url(String loc, Instant lastModified) {}

    private SitemapWriter() {}

    public static byte[] sitemap(List<Url> urls) {
        return document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (Url url : urls) {
                xml.writeStartElement("url");
                element(xml, "loc", url.loc());
                if (url.lastModified() != null) {
                    element(xml, "lastmod", url.lastModified().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A Google News sitemap of the publication {@code name}; {@code urlOf} gives each article's address. */
    public static byte[] news(String name, List<PageEntry> articles, Function<PageEntry, String> urlOf) {
        return document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (PageEntry article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", urlOf.apply(article));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", name);
                newsElement(xml, "language", article.language());
                xml.writeEndElement();
                newsElement(xml, "publication_date", article.publishedAt().toString());
                newsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** The body of a document, between its declaration and its end. */
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(Body body) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap could not be written", e);
        }
        return out.toByteArray();
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
