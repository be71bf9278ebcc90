package io.manchette.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manchette.common.error.InvalidInput;

/** JSON Merge Patch (RFC 7396): objects merge member by member, null removes, anything else replaces. */
public final class MergePatch {

    private MergePatch() {}

    /**
     * The patch applied to a resource, which stays an object: a patch that is not an object (null, a
     * string) would replace the whole resource, and is refused.
     */
    public static JsonNode applyToObject(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("(patch)", "must be a JSON object");
        }
        return apply(target, patch);
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
