package io.manchette.common.http;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Management responses of an editable resource: its version travels as a strong ETag. */
public final class Versioned {

    private Versioned() {}

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(tag(version)).build();
    }

    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location)
                .entity(body)
                .tag(tag(version))
                .build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
