package org.multisitecrm.api;

import jakarta.json.JsonObject;
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
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.DomainScopeViolation;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Every error a resource raises, answered in CiviCRM APIv4's shape ({@code error_code},
 * {@code error_message}, {@code status}) rather than as the server's HTML page. A fault that is not
 * the client's gets a generic message and an error id that finds the stack trace in the log.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    /** An error as APIv4 answers it. */
    public record ApiError(int status, String code, String message) {

        public JsonObject body() {
            return JSON.createObjectBuilder().add("error_code", code).add("error_message", message).add("status", status).build();
        }
    }

    @Override
    public Response toResponse(Throwable error) {
        ApiError answer = describe(error);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }

    /** What a failure means to the client; a fault that is not the client's is logged with an id. */
    public static ApiError describe(Throwable error) {
        Throwable cause = refusalIn(error);
        if (cause instanceof DomainScopeViolation violation) {
            // a write to a row shared by every domain (or, were the criteria bypassed, of another one)
            Refusals.recordHidden("DomainScope", null, "write", violation.getMessage());
            return new ApiError(403, "forbidden", violation.getMessage());
        }
        if (cause instanceof IllegalCharsetNameException || cause instanceof UnsupportedCharsetException) {
            return new ApiError(400, "invalid_input", "Content-Type: the charset is not one this server reads (send UTF-8)");
        }
        Optional<ApiError> database = DatabaseFailures.describe(error);
        if (database.isPresent()) {
            return database.get();
        }
        if (cause instanceof InvalidInput invalid) {
            return new ApiError(400, "invalid_input", invalid.getMessage());
        }
        if (cause instanceof NotAuthenticated unauthenticated) {
            return new ApiError(401, "unauthorized", unauthenticated.getMessage());
        }
        if (cause instanceof AccessDenied denied) {
            return new ApiError(403, "forbidden", denied.getMessage());
        }
        if (cause instanceof NotFound notFound) {
            return new ApiError(404, "not_found", notFound.getMessage());
        }
        if (cause instanceof Conflict conflict) {
            return new ApiError(409, "conflict", conflict.getMessage());
        }
        if (cause instanceof SQLIntegrityConstraintViolationException) {
            return new ApiError(409, "conflict", "the change conflicts with an existing record (a duplicate or a record still in use)");
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new ApiError(status.getStatusCode(), code(status), status.getReasonPhrase());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API error " + errorId, error);
        return new ApiError(500, "internal_error", "Internal error; quote error id " + errorId + " to the administrator");
    }

    /** Container and transaction wrappers hide the application's exception as a cause. */
    private static Throwable refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput || t instanceof NotAuthenticated || t instanceof AccessDenied || t instanceof NotFound
                    || t instanceof Conflict || t instanceof SQLIntegrityConstraintViolationException || t instanceof DomainScopeViolation
                    || t instanceof IllegalCharsetNameException || t instanceof UnsupportedCharsetException) {
                return t;
            }
        }
        return error;
    }

    private static String code(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

}
