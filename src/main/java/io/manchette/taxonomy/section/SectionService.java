package io.manchette.taxonomy.section;

import io.manchette.audit.Edits;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.taxonomy.TaxonomySlugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Section writes: creation, rename and move (paths below follow), deletion of unused sections. */
@ApplicationScoped
public class SectionService {

    private static final Logger LOG = Logger.getLogger(SectionService.class);

    private final SectionRepository sections;
    private final Edits edits;

    SectionService(SectionRepository sections, Edits edits) {
        this.sections = sections;
        this.edits = edits;
    }

    public Section get(long id) {
        return sections.findByIdOptional(id).orElseThrow(() -> new NotFound("Section", id));
    }

    @Transactional
    public Section create(SectionInput input) {
        Section parent = parentOf(input);
        String slug = TaxonomySlugs.requested(input.slug(), input.name());
        requireFreePath(Section.pathOf(parent, slug), null);
        var section = new Section(slug, input.name().strip(), parent);
        section.setPosition(input.position() == null ? 0 : input.position());
        section.setDescription(input.description());
        edits.create("section.create", section, sections::persist, Section::getPath);
        LOG.infof("Section %s created", section.getPath());
        return section;
    }

    @Transactional
    public Section update(long id, IfMatch ifMatch, SectionInput input) {
        return edits.change("section.update", get(id), ifMatch, section -> change(section, input), Section::getPath);
    }

    private void change(Section section, SectionInput input) {
        Section parent = parentOf(input);
        if (parent != null && section.contains(parent)) {
            throw new Conflict("Section '" + section.getPath() + "' cannot move under its own descendant '"
                    + parent.getPath() + "'");
        }
        String slug = input.slug() == null ? section.getSlug() : input.slug();
        String oldPath = section.getPath();
        String newPath = Section.pathOf(parent, slug);
        if (!newPath.equals(oldPath)) {
            requireFreePath(newPath, section);
            section.placeUnder(parent, slug);
            int moved = sections.movePathsBelow(oldPath, newPath);
            LOG.infof("Section %s moved to %s with %d descendant(s)", oldPath, newPath, moved);
        }
        section.setName(input.name().strip());
        section.setDescription(input.description());
        section.setPosition(input.position() == null ? section.getPosition() : input.position());
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Section deleted = get(id);
        edits.delete(
                "section.delete",
                deleted,
                ifMatch,
                section -> {
                    if (sections.hasChildren(section)) {
                        throw new Conflict("Section '" + section.getPath() + "' still has sub-sections");
                    }
                    if (sections.hasArticles(section)) {
                        throw new Conflict("Section '" + section.getPath() + "' still has articles");
                    }
                    sections.delete(section);
                },
                Section::getPath);
        LOG.infof("Section %s deleted", deleted.getPath());
    }

    private Section parentOf(SectionInput input) {
        if (input.parent() == null || input.parent().isBlank()) {
            return null;
        }
        return sections.findByPath(input.parent().strip())
                .orElseThrow(() -> new InvalidInput("parent", "no section has the path '" + input.parent() + "'"));
    }

    private void requireFreePath(String path, Section self) {
        TaxonomySlugs.requireFree(path, sections.findByPath(path), self, "A section already has the path");
    }
}
