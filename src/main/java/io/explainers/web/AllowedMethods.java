package io.explainers.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Which methods each address takes, for the Allow header that a 405 must carry (RFC 9110, 15.5.6) and the answer to
 * OPTIONS. Quarkus REST knows when it refuses a method, but does not say which ones it would take; its automatic
 * OPTIONS answer lists every method of the resource class, whatever the path. For the API this reads the same JAX-RS
 * annotations, once, from its resource classes, so a new endpoint is in the header without anyone listing it; the
 * site's pages all take {@value #SITE}.
 */
@Singleton
public class AllowedMethods {

    /** What every address of the site but the API's takes. */
    public static final String SITE = "GET, HEAD";

    private record Address(Pattern path, Set<String> methods) {
    }

    private final List<Address> addresses = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            if (!Api.isApi(resource)) {
                continue;
            }
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path path = method.getAnnotation(Path.class);
                    String template = path == null ? base
                            : base.replaceAll("/+$", "") + "/" + path.value().replaceAll("^/+", "");
                    byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(http);
                }
            }
        }
        byTemplate.forEach((template, methods) -> addresses.add(new Address(pattern(template), methods)));
    }

    /**
     * The Allow header for {@code path} (as decoded, the way resources match it): the methods of every endpoint whose
     * template matches, HEAD with GET and OPTIONS always, since Quarkus REST answers both on its own.
     */
    public String allow(String path) {
        return allow(methodsAt(path));
    }

    /**
     * OPTIONS on an address of the API answers the same Allow as a 405 there. Quarkus REST's own answer listed every
     * method of the resource class: DELETE and PUT on /api/topics, which takes neither. An address that is none of the
     * API's is left to the router (a 404).
     * <p>
     * The site's pages take GET and HEAD, and nothing cross-origin: OPTIONS there is a 405 like any other method. Quarkus
     * REST answered it 200 on any path under a resource at "/", so every made-up path became a series of its own in the
     * HTTP metrics (Micrometer keeps the first 100, after which new routes went unmeasured); a 4xx off any route is
     * left out of them ({@code suppress4xx-errors}).
     */
    // Non-blocking, as every filter that runs before DatabaseUnavailable's must be: it only reads the request.
    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    Optional<Response> options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (!Api.isApi(path)) {
            return Optional.of(Response.status(Response.Status.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, SITE).build());
        }
        Set<String> methods = methodsAt(path);
        return methods.isEmpty() ? Optional.empty()
                : Optional.of(Response.ok().header(HttpHeaders.ALLOW, allow(methods)).build());
    }

    /** The methods of every API endpoint whose template matches {@code path}; none where no endpoint is. */
    private Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Address address : addresses) {
            if (address.path().matcher(path).matches()) {
                methods.addAll(address.methods());
            }
        }
        return methods;
    }

    private static String allow(Set<String> methods) {
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /**
     * A JAX-RS path template as a pattern: {@code {slug}} is one segment, {@code {id: [0-9]{1,18}}} its own expression
     * (whose braces nest, so they are counted), the rest literal; a trailing slash matches too, as it does in routing.
     */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            int depth = 0;
            int close = open;
            do {
                char c = template.charAt(close);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                close++;
            } while (depth > 0);
            String variable = template.substring(open + 1, close - 1);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).strip() + ")");
            i = close;
        }
        return Pattern.compile(regex + "/?");
    }
}
