package io.manchette.feed;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.manchette.article.PageEntry;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/** RSS 2.0, written with Rome: a channel and its newest articles, every link absolute. */
public final class RssWriter {

    /** The feed itself: its title, the page it stands for, and its own address. */
    public record Channel(String title, String link, String selfUrl) {}

    private RssWriter() {}

    /** The feed as UTF-8 bytes; {@code urlOf} gives each article's address on the public site. */
    public static byte[] write(Channel channel, List<PageEntry> articles, Function<PageEntry, String> urlOf) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(channel.title());
        feed.setLink(channel.link());
        feed.setDescription("Les derniers articles de " + channel.title());
        feed.setUri(channel.selfUrl());
        feed.setEncoding("UTF-8");
        feed.setPublishedDate(
                articles.isEmpty() ? null : Date.from(articles.get(0).publishedAt()));
        feed.setEntries(articles.stream().map(a -> entry(a, urlOf.apply(a))).toList());
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("The RSS feed could not be written", e);
        }
    }

    private static SyndEntry entry(PageEntry article, String url) {
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
}
