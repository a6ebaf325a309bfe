package org.multisitecrm.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.security.NotAuthenticated;
import org.multisitecrm.security.NotFound;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error a resource raises, answered in CiviCRM APIv4's shape ({@code error_code},
 * {@code error_message}, {@code status}) rather than as the server's HTML page. A fault that is not
 * the client's gets a generic message and an error id that finds the stack trace in the log.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Throwable cause = refusalIn(error);
        if (cause instanceof InvalidInput invalid) {
            return body(400, "invalid_input", invalid.getMessage());
        }
        if (cause instanceof NotAuthenticated unauthenticated) {
            return body(401, "unauthorized", unauthenticated.getMessage());
        }
        if (cause instanceof AccessDenied denied) {
            return body(403, "forbidden", denied.getMessage());
        }
        if (cause instanceof NotFound notFound) {
            return body(404, "not_found", notFound.getMessage());
        }
        if (cause instanceof Conflict conflict) {
            return body(409, "conflict", conflict.getMessage());
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return body(status.getStatusCode(), code(status), status.getReasonPhrase());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API error " + errorId, error);
        return body(500, "internal_error", "Internal error; quote error id " + errorId + " to the administrator");
    }

    /** Container and transaction wrappers hide the application's exception as a cause. */
    private static Throwable refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput || t instanceof NotAuthenticated || t instanceof AccessDenied || t instanceof NotFound
                    || t instanceof Conflict) {
                return t;
            }
        }
        return error;
    }

    private static String code(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    private static Response body(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("error_code", code)
                        .add("error_message", message)
                        .add("status", status)
                        .build())
                .build();
    }
}
