package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.multisitecrm.api.ApiErrorMapper;
import org.multisitecrm.infrastructure.json.StrictJson;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.multisitecrm.catalog.QueryPlan;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The wire format of CiviCRM's APIv4: {@code params} as a form field or in the query string (CiviCRM's
 * Python client sends it there, with a form content type and an empty body); GET only for read
 * actions; a batch of calls under {@code calls}. Authentication and the request's domain are settled
 * by the servlet filters before this runs; {@code checkPermissions} is always on over HTTP.
 */
@Path("api4")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: Jersey would otherwise build and inject one per request (8% of a read by id)
public class Api4Resource {

    @Inject
    private Api4Actions actions;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @POST
    @Path("{entity}/{action}")
    public Response post(@PathParam("entity") String entity, @PathParam("action") String action,
                         @QueryParam("params") String queryParams, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        return answer(entity, action, formField(body, type, "params").orElse(queryParams));
    }

    @GET
    @Path("{entity}/{action}")
    public Response get(@PathParam("entity") String entity, @PathParam("action") String action,
                        @QueryParam("params") String queryParams) {
        if (!action.startsWith("get") && !action.equals("autocomplete")) {
            return Response.status(405).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Allow", "POST")
                    .entity(new ApiErrorMapper.ApiError(405, "method_not_allowed",
                            action + " changes data: send it with POST").body())
                    .build();
        }
        return answer(entity, action, queryParams);
    }

    @POST
    public Response batch(@QueryParam("calls") String queryCalls, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, String body) {
        try (CallBudget.Scope ignored = CallBudget.open()) {
            return runBatch(queryCalls, type, body);
        }
    }

    private Response runBatch(String queryCalls, String type, String body) {
        String text = formField(body, type, "calls").orElse(queryCalls);
        if (text == null || text.isBlank()) {
            throw new InvalidInput("calls", "a batch needs calls: {\"key\": [entity, action, params, index?], ...}");
        }
        if (!(StrictJson.parse(text, "calls", ApiLimits.MAX_JSON_DEPTH) instanceof JsonObject calls)) {
            throw new InvalidInput("calls", "must be a JSON object of calls");
        }
        if (calls.size() > ApiLimits.MAX_BATCH) {
            throw new InvalidInput("calls", "a batch holds at most " + ApiLimits.MAX_BATCH + " calls (limit MAX_BATCH), not " + calls.size());
        }
        JsonObjectBuilder answers = JSON.createObjectBuilder();
        for (var entry : calls.entrySet()) {
            JsonValue answer;
            try {
                ApiCall call = ApiCall.parse(entry.getKey(), entry.getValue(), "calls");
                answer = actions.call(call.entity(), call.action(), ApiParams.of(call.params()));
            } catch (RuntimeException e) {
                answer = ApiErrorMapper.describe(e).body();
            }
            answers.add(entry.getKey(), answer);
        }
        return Response.ok(answers.build()).build();
    }

    /** A field of a form-encoded body: read here, as the body is also where JSON senders could put it. */
    private static Optional<String> formField(String body, String type, String name) {
        if (body == null || body.isEmpty() || type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            return Optional.empty();
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals), name);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1), name));
            }
        }
        return Optional.empty();
    }

    private static String decode(String text, String field) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "the form body is not valid percent-encoding");
        }
    }

    private Response answer(String entity, String action, String paramsText) {
        try (CallBudget.Scope ignored = CallBudget.open()) {
            return answerWithin(entity, action, paramsText);
        }
    }

    private Response answerWithin(String entity, String action, String paramsText) {
        ApiParams params = ApiParams.parse(paramsText);
        if (actions.streams(entity, action, params)) {
            QueryPlan plan = actions.planGet(entity, params);
            StreamingOutput body = out -> {
                try (JsonGenerator generator = JSON.createGenerator(out)) {
                    plan.write(em, generator, action);
                }
            };
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        try {
            return Response.ok(actions.call(entity, action, params)).build();
        } catch (jakarta.transaction.TransactionalException e) {
            // Jersey's own mapper for this exception fails on a cause it cannot map (a commit or rollback the
            // database never answered); the API's mapper reads the whole chain and answers in APIv4's shape
            throw new IllegalStateException("The call's transaction could not end", e);
        }
    }
}
