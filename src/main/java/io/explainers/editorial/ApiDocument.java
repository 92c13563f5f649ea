package io.explainers.editorial;

import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.explainers.web.Problem;

/**
 * Completes the OpenAPI document with what every operation of the API shares, so that no resource has to repeat it:
 * the answers any request may get (a login refused, a role missing, too many failed logins, a media type the API does
 * not speak) and, for operations that take a body, the answers about the body. Every error is then described as what
 * it is, an RFC 9457 problem ({@code application/problem+json}, schema {@code Problem}); the resources' annotations
 * say only what is particular to each operation.
 */
public class ApiDocument implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "No or wrong credentials",
            "403", "The user lacks the role",
            "406", "The request does not accept application/json",
            "429", "Too many failed logins from this address or for this username; Retry-After says when to try again");
    private static final Map<String, String> WITH_A_BODY = Map.of(
            "400", "The body cannot be read, or is not valid (each field named)",
            "413", "The body is over the size limit",
            "415", "The body is not of a media type the operation takes");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(operation);
            }
        }
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        EVERY_OPERATION.forEach(addIfMissing(responses));
        if (operation.getRequestBody() != null) {
            WITH_A_BODY.forEach(addIfMissing(responses));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
        }
    }

    private static BiConsumer<String, String> addIfMissing(APIResponses responses) {
        return (status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        };
    }
}
