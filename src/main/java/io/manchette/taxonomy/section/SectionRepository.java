package io.manchette.taxonomy.section;

import io.manchette.common.db.LikePatterns;
import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every query on sections. */
@ApplicationScoped
public class SectionRepository implements PanacheRepository<Section> {

    public Optional<Section> findByPath(String path) {
        return find("path = ?1", path).firstResultOptional();
    }

    /** The whole tree in display order: parents before children, siblings by position then name. */
    public List<Section> listTree() {
        return list("order by position, name");
    }

    /** The section at {@code path} and its ancestors, root first: the breadcrumb, in one query. */
    public List<Section> listLineage(String path) {
        List<String> prefixes = new ArrayList<>();
        int slash = -1;
        while ((slash = path.indexOf('/', slash + 1)) > 0) {
            prefixes.add(path.substring(0, slash));
        }
        prefixes.add(path);
        return list("path in ?1 order by length(path)", prefixes);
    }

    public List<Section> listChildren(Section parent) {
        return list("parent = ?1 order by position, name", parent);
    }

    /** The management list, by id, each section with its parent (whose path the list shows). */
    public List<Section> listPage(PageRequest page) {
        String withParent = "select s from Section s left join fetch s.parent";
        var query = page.after() == null
                ? find(withParent + " order by s.id")
                : find(
                        withParent + " where s.id > ?1 order by s.id",
                        page.after().id());
        return query.range(0, page.fetchSize() - 1).list();
    }

    /** Rewrites the paths below a moved or renamed section, all in one statement. */
    public int movePathsBelow(String oldPath, String newPath) {
        return update(
                "path = concat(?1, substring(path, ?2)) where path like ?3 escape '\\'",
                newPath,
                oldPath.length() + 1,
                LikePatterns.below(oldPath));
    }

    public boolean hasChildren(Section section) {
        return count("parent = ?1", section) > 0;
    }

    /** Whether any article is filed in the section; taxonomy stays free of article types, so SQL it is. */
    public boolean hasArticles(Section section) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists(select 1 from articles where section_id = ?1)")
                .setParameter(1, section.getId())
                .getSingleResult();
    }
}
