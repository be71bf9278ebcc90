package io.manchette.taxonomy.tag;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every query on tags. */
@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    public Optional<Tag> findBySlug(String slug) {
        return find("slug = ?1", slug).firstResultOptional();
    }

    public List<Tag> listBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Tags in alphabetical order of slug, after the cursor's slug. */
    public List<Tag> listBySlug(PageRequest page) {
        var query = page.after() == null
                ? find("order by slug")
                : find("slug > ?1 order by slug", page.after().key());
        return query.range(0, page.fetchSize() - 1).list();
    }

    /** Whether any article carries the tag; taxonomy stays free of article types, so SQL it is. */
    public boolean isUsed(Tag tag) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists(select 1 from article_tags where tag_id = ?1)")
                .setParameter(1, tag.getId())
                .getSingleResult();
    }
}
