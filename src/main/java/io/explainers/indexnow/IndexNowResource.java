package io.explainers.indexnow;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.explainers.editorial.Roles;

/** What was announced to IndexNow lately: the last {@value #SHOWN} addresses sent or given up, newest first. */
@Path("/api/indexnow")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "IndexNow")
@SecurityRequirement(name = "basic")
public class IndexNowResource {

    static final int SHOWN = 100;

    /** One address: {@code SENT} or {@code FAILED}, with the endpoint's last answer. */
    public record Send(String url, Announcement.State state, int attempts, Integer lastStatus, String lastError,
            Instant changedAt, Instant finishedAt) {
    }

    /** Whether IndexNow is on, how many addresses wait, and the latest sends and failures. */
    public record Sends(boolean enabled, long pending, List<Send> latest) {
    }

    private final Outbox outbox;
    private final IndexNowSender sender;

    IndexNowResource(Outbox outbox, IndexNowSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GET
    @Operation(summary = "The last 100 addresses sent to IndexNow or given up, newest first")
    public Sends latest() {
        List<Send> latest = outbox.finished(SHOWN).stream()
                .map(a -> new Send(a.url, a.state, a.attempts, a.lastStatus, a.lastError, a.createdAt, a.finishedAt))
                .toList();
        return new Sends(sender.enabled(), outbox.pending(), latest);
    }
}
