package io.manchette.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final Map<String, Object> extensions;

    /** A problem without extension members. */
    public static Problem of(int status, String type, String title, String detail, String instance) {
        return new Problem(type, title, status, detail, instance, Map.of());
    }

    /** The problem a domain exception stands for, at this request path. */
    public static Problem of(ProblemException e, String instance) {
        return new Problem(e.type(), e.title(), e.status(), e.getMessage(), instance, e.extensions());
    }

    Problem(String type, String title, int status, String detail, String instance, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = extensions;
    }

    @Schema(examples = "https://manchette.io/problems/validation")
    public String getType() {
        return type;
    }

    @Schema(examples = "Invalid input")
    public String getTitle() {
        return title;
    }

    @Schema(examples = "400")
    public int getStatus() {
        return status;
    }

    @Schema(examples = "The request has 1 invalid field(s)")
    public String getDetail() {
        return detail;
    }

    @Schema(examples = "/api/admin/articles")
    public String getInstance() {
        return instance;
    }

    /** Validation problems only: the offending fields. */
    @Schema(description = "Validation problems only: the offending fields")
    @SuppressWarnings("unchecked")
    public List<Violation> getViolations() {
        return (List<Violation>) extensions.get("violations");
    }

    /** 412 only: the version the resource has now. */
    @Schema(description = "412 only: the resource's current version", examples = "4")
    public Long getCurrentVersion() {
        return (Long) extensions.get("currentVersion");
    }

    /** Members other than the two typed ones above, for problems added by later features. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> getOtherMembers() {
        var others = new java.util.LinkedHashMap<>(extensions);
        others.remove("violations");
        others.remove("currentVersion");
        return others;
    }
}
