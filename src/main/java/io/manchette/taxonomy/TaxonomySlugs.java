package io.manchette.taxonomy;

import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.text.Slugifier;
import java.util.Optional;

/**
 * The one slug rule of tags, authors and sections: the slug the editor gave, else one made from
 * the name (a 400 on {@code name} when it has no letter or digit), and a 409 when another entity
 * already holds it (for a section, the path it makes under its parent).
 */
public final class TaxonomySlugs {

    private TaxonomySlugs() {}

    public static String requested(String slug, String name) {
        String requested = slug != null ? slug : Slugifier.slugify(name);
        if (requested.isEmpty()) {
            throw new InvalidInput("name", "must contain letters or digits to make a slug");
        }
        return requested;
    }

    /** Refuses {@code key} when its holder is another entity than {@code self} (null for a new one). */
    public static <T> String requireFree(String key, Optional<T> holder, T self, String conflict) {
        if (holder.filter(other -> other != self).isPresent()) {
            throw new Conflict(conflict + " '" + key + "'");
        }
        return key;
    }
}
