package io.manchette.taxonomy.tag;

import io.manchette.audit.AuditLog;
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
    private final AuditLog audit;

    TagService(TagRepository tags, AuditLog audit) {
        this.tags = tags;
        this.audit = audit;
    }

    public Tag get(long id) {
        return tags.findByIdOptional(id).orElseThrow(() -> new NotFound("Tag", id));
    }

    @Transactional
    public Tag create(TagInput input) {
        String slug = freeSlug(input, null);
        var tag = new Tag(slug, input.name().strip());
        tags.persist(tag);
        tags.flush();
        audit.record("tag.create", "tag", tag.getId(), null, tag.getVersion(), tag.getSlug());
        return tag;
    }

    @Transactional
    public Tag update(long id, IfMatch ifMatch, TagInput input) {
        Tag tag = get(id);
        ifMatch.check(tag.getVersion());
        long before = tag.getVersion();
        tag.rename(
                input.slug() == null ? tag.getSlug() : freeSlug(input, tag),
                input.name().strip());
        tags.flush();
        audit.record("tag.update", "tag", id, before, tag.getVersion(), tag.getSlug());
        return tag;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Tag tag = get(id);
        ifMatch.check(tag.getVersion());
        if (tags.isUsed(tag)) {
            throw new Conflict("Tag '" + tag.getSlug() + "' is still on articles");
        }
        tags.delete(tag);
        audit.record("tag.delete", "tag", id, tag.getVersion(), null, tag.getSlug());
    }

    private String freeSlug(TagInput input, Tag self) {
        String slug = TaxonomySlugs.requested(input.slug(), input.name());
        return TaxonomySlugs.requireFree(slug, tags.findBySlug(slug), self, "A tag already has the slug");
    }
}
