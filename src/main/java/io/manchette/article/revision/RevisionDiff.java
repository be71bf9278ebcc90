package io.manchette.article.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Field-level differences between two revisions, named by their JSON path ({@code body[2].text}). */
public final class RevisionDiff {

    /** One changed field: its path, and its value in each revision (null when absent). */
    @Schema(name = "FieldChange")
    public record Change(
            @Schema(examples = "body[2].text") String field,

            @Schema(description = "In the older revision", ref = "AnyValue")
            JsonNode before,

            @Schema(description = "In the newer revision", ref = "AnyValue")
            JsonNode after) {}

    private RevisionDiff() {}

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        walk("", before, after, changes);
        return changes;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<Change> changes) {
        JsonNode a = before == null ? NullNode.instance : before;
        JsonNode b = after == null ? NullNode.instance : after;
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            var names = new TreeSet<String>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), changes);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), changes);
            }
        } else {
            changes.add(new Change(path, a.isNull() ? null : a, b.isNull() ? null : b));
        }
    }
}
