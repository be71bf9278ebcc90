package io.manchette.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The GIN index serves searches; with the test's few rows the planner would scan, so scans are off. */
@QuarkusTest
class SearchRepositoryTest {

    @Inject
    SearchRepository search;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void searchesUseTheGinIndex() {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        assertThat(String.join("\n", search.explain("coup d'etat")), containsString("ix_articles_search"));
    }
}
