package io.manchette.article;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding the free "slug-N" asks for every slug starting with "slug-" among current and former
 * slugs; an index serves that prefix. The test's few rows would be scanned, so scans are off.
 */
@QuarkusTest
class SlugIndexTest {

    @Inject
    EntityManager em;

    String plan(String table) {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery(
                        "explain select slug from " + table + " where slug like 'greve-des-trains-%'")
                .getResultList();
        return String.join("\n", lines);
    }

    @Test
    @TestTransaction
    void currentSlugsByPrefixUseTheirIndex() {
        assertThat(plan("articles"), containsString("ix_articles_slug_prefix"));
    }

    @Test
    @TestTransaction
    void formerSlugsByPrefixUseTheirIndex() {
        assertThat(plan("article_slugs"), containsString("ix_article_slugs_slug_prefix"));
    }
}
