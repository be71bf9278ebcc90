package io.manchette.common.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Management answers are personal and change under the caller's hands: no cache may keep them. */
public class NoStoreFilter {

    @ServerResponseFilter
    public void noStoreOnManagement(ContainerRequestContext request, ContainerResponseContext response) {
        if (ApiPaths.isManagement(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
