package io.manchette.article;

import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Absolute URLs of pages on the public site, from {@code MANCHETTE_SITE_URL} and the path patterns. */
@ApplicationScoped
public class SiteUrls {

    private final String base;
    private final String articlePath;
    private final String sectionPath;

    SiteUrls(ManchetteConfig config) {
        this.base = config.site().url().replaceAll("/+$", "");
        this.articlePath = config.site().articlePath();
        this.sectionPath = config.site().sectionPath();
    }

    public String home() {
        return base + "/";
    }

    public String article(String sectionPath, String slug) {
        return base + articlePath.replace("{section}", sectionPath).replace("{slug}", slug);
    }

    public String section(String path) {
        return base + sectionPath.replace("{section}", path);
    }

    /** An address of this API itself, for a feed's self link. */
    public String api(String path) {
        return base + path;
    }
}
