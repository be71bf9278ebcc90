package io.manchette.job;

import io.manchette.article.body.Block;
import io.manchette.article.body.Heading;
import io.manchette.article.body.ListBlock;
import io.manchette.article.body.Paragraph;
import io.manchette.article.body.Quote;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code JobPosting} JSON-LD for an offer, with the properties Google's job search
 * requires (title, description, datePosted, hiringOrganization, jobLocation) and recommends
 * (validThrough, employmentType, identifier). The description is HTML, as Google asks, made from
 * the offer's text blocks with every character escaped.
 */
final class JobPostings {

    /** Dates are the day the offer went online in Belgium. */
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private JobPostings() {}

    static Map<String, Object> of(JobOffer job, List<Block> description) {
        var posting = new LinkedHashMap<String, Object>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", job.getTitle());
        posting.put("description", html(description));
        posting.put(
                "datePosted",
                DateTimeFormatter.ISO_LOCAL_DATE.format(job.getPostedAt().atZone(BELGIUM)));
        posting.put("validThrough", job.getExpiresAt().toString());
        posting.put("employmentType", job.getContract().employmentType());
        var organization = new LinkedHashMap<String, Object>();
        organization.put("@type", "Organization");
        organization.put("name", job.getEmployerName());
        if (job.getEmployerLogoUrl() != null) {
            organization.put("logo", job.getEmployerLogoUrl());
        }
        posting.put("hiringOrganization", organization);
        posting.put(
                "jobLocation",
                Map.of(
                        "@type",
                        "Place",
                        "address",
                        Map.of(
                                "@type",
                                "PostalAddress",
                                "addressLocality",
                                job.getLocation(),
                                "addressRegion",
                                job.getRegion().label(),
                                "addressCountry",
                                "BE")));
        if (job.getSource() != null) {
            posting.put(
                    "identifier",
                    Map.of("@type", "PropertyValue", "name", job.getSource(), "value", job.getExternalId()));
        }
        if (!job.getLanguages().isEmpty()) {
            posting.put("inLanguage", job.getLanguages().get(0));
        }
        return posting;
    }

    static String html(List<Block> blocks) {
        var out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>");
            } else if (block instanceof Heading h) {
                out.append("<h3>").append(escape(h.text())).append("</h3>");
            } else if (block instanceof Quote q) {
                out.append("<blockquote>").append(escape(q.text())).append("</blockquote>");
            } else if (block instanceof ListBlock l) {
                String tag = l.ordered() ? "ol" : "ul";
                out.append('<').append(tag).append('>');
                l.items()
                        .forEach(item -> out.append("<li>").append(escape(item)).append("</li>"));
                out.append("</").append(tag).append('>');
            } // images, embeds and links carry no text of the offer
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
