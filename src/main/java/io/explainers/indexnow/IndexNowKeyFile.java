package io.explainers.indexnow;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import io.explainers.web.ExplainersConfig;
import io.explainers.web.WithoutDatabase;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The key file IndexNow fetches to check that the site sent its announcements: {@code /{key}.txt}, the key alone, as
 * plain text. Only the configured key answers; with no key every such address is the 404 page.
 */
// On the event loop: it must answer while every worker thread waits on an unreachable database.
@NonBlocking
@WithoutDatabase
@Path("/")
public class IndexNowKeyFile {

    private final Optional<String> key;

    IndexNowKeyFile(ExplainersConfig config) {
        this.key = config.indexnow().key();
    }

    static String path(String key) {
        return "/" + key + ".txt";
    }

    @GET
    @Operation(hidden = true) // a public file, not part of the editorial API
    // No pattern on the parameter: only the configured key answers anyway, and the route's template is what the HTTP
    // metrics name it by ("/{key}.txt", one series for every key tried).
    @Path("{key}.txt")
    public Response keyFile(@RestPath String key) {
        if (this.key.isEmpty() || !this.key.get().equals(key)) {
            throw new NotFoundException();
        }
        // Its type is set here, not by @Produces: like every file of the site, it has one form whatever Accept says.
        return Response.ok(key, MediaType.TEXT_PLAIN + ";charset=UTF-8").header("Cache-Control", "public, max-age=3600")
                .build();
    }
}
