package io.manchette.taxonomy.author;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every query on authors. */
@ApplicationScoped
public class AuthorRepository implements PanacheRepository<Author> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug = ?1", slug).firstResultOptional();
    }

    public List<Author> listBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Authors in alphabetical order of slug, after the cursor's slug. */
    public List<Author> listBySlug(PageRequest page) {
        var query = page.after() == null
                ? find("order by slug")
                : find("slug > ?1 order by slug", page.after().key());
        return query.range(0, page.fetchSize() - 1).list();
    }

    /** Whether the author signs any article; taxonomy stays free of article types, so SQL it is. */
    public boolean isUsed(Author author) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists(select 1 from article_authors where author_id = ?1)")
                .setParameter(1, author.getId())
                .getSingleResult();
    }
}
