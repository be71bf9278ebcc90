/**
 * The OpenAPI document: its header (servers, licence, tags) here, and filters that add what
 * annotations cannot say once for every operation (the problems each one can answer, the caching
 * headers of public reads, the discriminator of each union). The document is OpenAPI 3.0.3 so that
 * request validators, mock servers and client generators that do not read 3.1 yet can use it.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Manchette API",
                        version = "0.1.0",
                        description =
                                "Headless CMS for newsrooms: public delivery under /api (anonymous, published content"
                                        + " only), management under /api/admin (HTTP Basic or Bearer tokens).",
                        license = @License(name = "Proprietary", url = "https://manchette.io/licence")),
        components = @Components(schemas = {@Schema(name = "AnyValue", description = "Any JSON value, null included")}),
        servers = {@Server(url = "/", description = "The instance serving this document")},
        tags = {
            @Tag(name = "Articles", description = "Published articles, their comments and related articles"),
            @Tag(name = "Delivery", description = "The fil info, the front page and the other page blocks"),
            @Tag(name = "Taxonomy", description = "Sections, tags and their article lists"),
            @Tag(name = "People", description = "Authors and their articles"),
            @Tag(name = "Search", description = "French full-text search over published articles"),
            @Tag(name = "Comments", description = "Readers' comments: reading and posting"),
            @Tag(name = "Syndication", description = "RSS feeds and sitemaps for the public site"),
            @Tag(
                    name = "Article management",
                    description = "Drafts, edits, the workflow (review, schedule, publish), revisions, the front page"),
            @Tag(name = "Taxonomy management", description = "Creating and editing sections, tags and authors"),
            @Tag(name = "Comment moderation", description = "The moderation queue and bulk actions"),
            @Tag(name = "Audit", description = "Who changed what, and when"),
            @Tag(name = "Webhooks", description = "Signed webhook subscriptions and their delivery logs"),
            @Tag(name = "Jobs", description = "Références job offers, with schema.org JobPosting data"),
            @Tag(name = "Jobs management", description = "Editing job offers and importing partners' feeds"),
            @Tag(name = "Modules", description = "Page blocks served in one request (the Références block)"),
            @Tag(name = "Placements", description = "House promotions live now in a named slot"),
            @Tag(name = "Placements management", description = "Placing promotions in slots for a while"),
            @Tag(name = "Media library", description = "Press photos: upload, credits, rights, focal point"),
            @Tag(name = "Media", description = "Renditions of the library's photos, made from presets, immutable"),
        })
package io.manchette.common.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
