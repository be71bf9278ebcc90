package io.manchette.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.json.RefusedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * JSON Merge Patch (RFC 7396) over a resource as its clients write it: the patch is applied to
 * the current input, and the result must be a valid input under the rules of a PUT.
 */
@ApplicationScoped
public class MergePatch {

    private final ObjectMapper json;
    private final Validator validator;

    MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The patch applied to {@code current}, read back and validated as a {@code type}: a value the
     * JSON readers refuse is a 400 naming its field, a broken constraint a 400 like a PUT's.
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        T patched;
        try {
            patched = json.treeToValue(applyToObject(json.valueToTree(current), patch), type);
        } catch (RefusedJson e) {
            throw new InvalidInput(e.field(), e.rule());
        } catch (JsonProcessingException e) {
            throw new InvalidInput("(patch)", "does not give a valid resource: " + e.getOriginalMessage());
        }
        var violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    /**
     * The patch applied to a resource, which stays an object: a patch that is not an object (null, a
     * string) would replace the whole resource, and is refused.
     */
    static JsonNode applyToObject(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInput("(patch)", "must be a JSON object");
        }
        return merge(target, patch);
    }

    /** RFC 7396, section 2: objects merge member by member, null removes, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
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
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
