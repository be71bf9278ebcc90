package io.manchette.delivery;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Violation;
import io.manchette.common.request.ApiPaths;
import io.vertx.core.MultiMap;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The public read endpoints, as the JAX-RS resources declare them: every anonymous {@code GET}
 * outside {@code /api/admin}, with the query parameters it takes and their defaults. This is the
 * one definition of a public path. It gives each request its canonical cache key (parameters in
 * order, defaults and empty values left out, one spelling of each value) and refuses an unknown or
 * repeated parameter before anything else runs, so that {@code ?x=<random>} can neither miss the
 * cache on purpose nor fill it. (Control characters never get here: {@code RequestLine} refuses
 * them in every request.)
 */
@ApplicationScoped
public class PublicEndpoints {

    /** One public {@code GET}: its path pattern and its query parameters with their defaults ("" for none). */
    public record Endpoint(String template, Pattern path, int literals, Map<String, String> parameters) {

        /**
         * The canonical key of a request to this endpoint.
         *
         * @throws InvalidInput naming each parameter that this endpoint does not take or that is
         *     given more than once
         */
        public String canonicalKey(String normalizedPath, MultiMap query) {
            var kept = new TreeMap<String, String>();
            var violations = new ArrayList<Violation>();
            for (String name : query.names()) {
                List<String> values = query.getAll(name);
                if (!parameters.containsKey(name)) {
                    violations.add(new Violation(
                            name,
                            "is not a parameter of this endpoint; it takes "
                                    + (parameters.isEmpty() ? "none" : String.join(", ", parameters.keySet()))));
                    continue;
                }
                if (values.size() > 1) {
                    violations.add(new Violation(name, "is given more than once"));
                    continue;
                }
                String value = values.get(0).strip();
                if (!value.isEmpty() && !value.equals(parameters.get(name))) {
                    kept.put(name, value);
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
            if (kept.isEmpty()) {
                return normalizedPath;
            }
            var key = new StringBuilder(normalizedPath).append('?');
            kept.forEach((name, value) ->
                    key.append(name).append('=').append(encode(value)).append('&'));
            key.setLength(key.length() - 1);
            return key.toString();
        }
    }

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*([^}]+))?}");

    private final List<Endpoint> endpoints;

    PublicEndpoints(BeanManager beans) {
        var found = new ArrayList<Endpoint>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                boolean anonymous = method.isAnnotationPresent(PermitAll.class)
                        || (type.isAnnotationPresent(PermitAll.class)
                                && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class));
                if (method.isAnnotationPresent(GET.class) && anonymous) {
                    Endpoint endpoint = endpoint(root, method);
                    if (!ApiPaths.isManagement(endpoint.template())) {
                        found.add(endpoint);
                    }
                }
            }
        }
        // As JAX-RS matches: the template with more literal characters first.
        found.sort(Comparator.comparingInt(Endpoint::literals).reversed());
        this.endpoints = List.copyOf(found);
    }

    /** The endpoint that serves this path, or {@code null} when it is not a public read. */
    public Endpoint match(String normalizedPath) {
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().matcher(normalizedPath).matches()) {
                return endpoint;
            }
        }
        return null;
    }

    public boolean isPublic(String path) {
        return match(path) != null;
    }

    public List<Endpoint> all() {
        return endpoints;
    }

    private static Endpoint endpoint(Path root, Method method) {
        Path sub = method.getAnnotation(Path.class);
        String template = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
        if (template.length() > 1 && template.endsWith("/")) {
            template = template.substring(0, template.length() - 1);
        }
        var regex = new StringBuilder();
        int literals = 0;
        Matcher variable = TEMPLATE_VARIABLE.matcher(template);
        int last = 0;
        while (variable.find()) {
            String literal = template.substring(last, variable.start());
            regex.append(Pattern.quote(literal));
            literals += literal.length();
            regex.append('(')
                    .append(
                            variable.group(2) == null
                                    ? "[^/]+"
                                    : variable.group(2).strip())
                    .append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        literals += template.length() - last;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter);
            if (name != null) {
                DefaultValue fallback = parameter.getAnnotation(DefaultValue.class);
                parameters.put(name, fallback == null ? "" : fallback.value());
            }
        }
        return new Endpoint(template, Pattern.compile(regex.toString()), literals, Map.copyOf(parameters));
    }

    private static String queryName(Parameter parameter) {
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }

    /** One spelling of a value: unreserved characters and {@code / , :} as they are, the rest percent-encoded. */
    static String encode(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~/,:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
