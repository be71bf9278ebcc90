package io.manchette.taxonomy.section;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.support.TestData;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/** The management list shows each section's parent path: parents come with the rows, not one query each. */
@QuarkusTest
class SectionRepositoryTest {

    @Inject
    SectionRepository sections;

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void theAdminListFetchesEachParentInItsOneQuery() {
        Section parent = data.sectionEntity(null, TestData.unique("Parents"));
        data.section(parent.getPath(), "Enfant");
        em.clear(); // nothing already loaded may hide a lazy parent
        // The page starts after the parent, so the parent is not one of its rows.
        String after = Cursor.of(parent.getId()).encode(Cursor.Kind.IDS);
        var page = sections.listPage(PageRequest.of(Cursor.Kind.IDS, "100", after));
        assertFalse(page.stream().noneMatch(s -> s.getParent() != null), "the page holds a sub-section");
        for (Section section : page) {
            assertTrue(
                    section.getParent() == null || Hibernate.isInitialized(section.getParent()),
                    section.getPath() + "'s parent was left to a query of its own");
        }
    }
}
