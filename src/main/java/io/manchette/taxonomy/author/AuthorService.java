package io.manchette.taxonomy.author;

import io.manchette.audit.Edits;
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
    private final Edits edits;

    AuthorService(AuthorRepository authors, Edits edits) {
        this.authors = authors;
        this.edits = edits;
    }

    public Author get(long id) {
        return authors.findByIdOptional(id).orElseThrow(() -> new NotFound("Author", id));
    }

    @Transactional
    public Author create(AuthorInput input) {
        String slug = freeSlug(input, null);
        var author = new Author(slug, input.name().strip(), input.bio());
        edits.create("author.create", author, authors::persist, Author::getSlug);
        return author;
    }

    @Transactional
    public Author update(long id, IfMatch ifMatch, AuthorInput input) {
        return edits.change(
                "author.update",
                get(id),
                ifMatch,
                author -> author.describe(
                        input.slug() == null ? author.getSlug() : freeSlug(input, author),
                        input.name().strip(),
                        input.bio()),
                Author::getSlug);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        edits.delete(
                "author.delete",
                get(id),
                ifMatch,
                author -> {
                    if (authors.isUsed(author)) {
                        throw new Conflict("Author '" + author.getSlug() + "' still signs articles");
                    }
                    authors.delete(author);
                },
                Author::getSlug);
    }

    private String freeSlug(AuthorInput input, Author self) {
        String slug = TaxonomySlugs.requested(input.slug(), input.name());
        return TaxonomySlugs.requireFree(slug, authors.findBySlug(slug), self, "An author already has the slug");
    }
}
