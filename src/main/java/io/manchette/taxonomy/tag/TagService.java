package io.manchette.taxonomy.tag;

import io.manchette.audit.Edits;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.taxonomy.TaxonomySlugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Tag writes; a tag that articles carry cannot be deleted. */
@ApplicationScoped
public class TagService {

    private final TagRepository tags;
    private final Edits edits;

    TagService(TagRepository tags, Edits edits) {
        this.tags = tags;
        this.edits = edits;
    }

    public Tag get(long id) {
        return tags.findByIdOptional(id).orElseThrow(() -> new NotFound("Tag", id));
    }

    @Transactional
    public Tag create(TagInput input) {
        String slug = freeSlug(input, null);
        var tag = new Tag(slug, input.name().strip());
        edits.create("tag.create", tag, tags::persist, Tag::getSlug);
        return tag;
    }

    @Transactional
    public Tag update(long id, IfMatch ifMatch, TagInput input) {
        return edits.change(
                "tag.update",
                get(id),
                ifMatch,
                tag -> tag.rename(
                        input.slug() == null ? tag.getSlug() : freeSlug(input, tag),
                        input.name().strip()),
                Tag::getSlug);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        edits.delete(
                "tag.delete",
                get(id),
                ifMatch,
                tag -> {
                    if (tags.isUsed(tag)) {
                        throw new Conflict("Tag '" + tag.getSlug() + "' is still on articles");
                    }
                    tags.delete(tag);
                },
                Tag::getSlug);
    }

    private String freeSlug(TagInput input, Tag self) {
        String slug = TaxonomySlugs.requested(input.slug(), input.name());
        return TaxonomySlugs.requireFree(slug, tags.findBySlug(slug), self, "A tag already has the slug");
    }
}
