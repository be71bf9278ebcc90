package io.manchette.taxonomy.author;

import io.manchette.audit.AuditLog;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.taxonomy.TaxonomySlugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Author writes; an author who signs articles cannot be deleted. */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final AuditLog audit;

    AuthorService(AuthorRepository authors, AuditLog audit) {
        this.authors = authors;
        this.audit = audit;
    }

    public Author get(long id) {
        return authors.findByIdOptional(id).orElseThrow(() -> new NotFound("Author", id));
    }

    @Transactional
    public Author create(AuthorInput input) {
        String slug = freeSlug(input, null);
        var author = new Author(slug, input.name().strip(), input.bio());
        authors.persist(author);
        authors.flush();
        audit.record("author.create", "author", author.getId(), null, author.getVersion(), author.getSlug());
        return author;
    }

    @Transactional
    public Author update(long id, IfMatch ifMatch, AuthorInput input) {
        Author author = get(id);
        ifMatch.check(author.getVersion());
        long before = author.getVersion();
        author.describe(
                input.slug() == null ? author.getSlug() : freeSlug(input, author),
                input.name().strip(),
                input.bio());
        authors.flush();
        audit.record("author.update", "author", id, before, author.getVersion(), author.getSlug());
        return author;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Author author = get(id);
        ifMatch.check(author.getVersion());
        if (authors.isUsed(author)) {
            throw new Conflict("Author '" + author.getSlug() + "' still signs articles");
        }
        authors.delete(author);
        audit.record("author.delete", "author", id, author.getVersion(), null, author.getSlug());
    }

    private String freeSlug(AuthorInput input, Author self) {
        String slug = TaxonomySlugs.requested(input.slug(), input.name());
        return TaxonomySlugs.requireFree(slug, authors.findBySlug(slug), self, "An author already has the slug");
    }
}
