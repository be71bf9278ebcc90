package io.manchette.delivery;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link Payload}'s bytes untouched. It declares the JSON and XML media types so that it
 * is as specific as Jackson's writer and, being for this exact type, is chosen over it (Jackson
 * would otherwise write the bytes as a base64 string).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, "application/rss+xml", MediaType.WILDCARD})
public class PayloadWriter implements MessageBodyWriter<Payload> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Payload.class;
    }

    @Override
    public void writeTo(
            Payload payload,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        out.write(payload.bytes());
    }
}
