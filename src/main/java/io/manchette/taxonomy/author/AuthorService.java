package io.manchette.taxonomy.author;

import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.common.text.Slugifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Author writes; an author who signs articles cannot be deleted. */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;

    AuthorService(AuthorRepository authors) {
        this.authors = authors;
    }

    public Author get(long id) {
        return authors.findByIdOptional(id).orElseThrow(() -> new NotFound("Author", id));
    }

    @Transactional
    public Author create(AuthorInput input) {
        String slug = freeSlug(input, null);
        var author = new Author(slug, input.name().strip(), input.bio());
        authors.persist(author);
        return author;
    }

    @Transactional
    public Author update(long id, IfMatch ifMatch, AuthorInput input) {
        Author author = get(id);
        ifMatch.check(author.getVersion());
        author.describe(
                input.slug() == null ? author.getSlug() : freeSlug(input, author),
                input.name().strip(),
                input.bio());
        authors.flush();
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
    }

    private String freeSlug(AuthorInput input, Author self) {
        String slug = input.slug() != null ? input.slug() : Slugifier.slugify(input.name());
        if (slug.isEmpty()) {
            throw new InvalidInput("name", "must contain letters or digits to make a slug");
        }
        authors.findBySlug(slug).filter(other -> other != self).ifPresent(other -> {
            throw new Conflict("An author already has the slug '" + slug + "'");
        });
        return slug;
    }
}
