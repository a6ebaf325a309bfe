package org.multisitecrm.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * APIv4 calls over real HTTP, sent the way CiviCRM's clients send them: POST with {@code params} in
 * the query string, a form content type, an empty body and {@code X-Civi-Auth: Bearer} (CiviCRM's
 * Python client), or {@code params} as a form field (the JavaScript client).
 */
public final class Api4Client {

    public static final String FORM = "application/x-www-form-urlencoded";

    private final ServerProcess server;

    public Api4Client(ServerProcess server) {
        this.server = server;
    }

    /** As CiviCRM's Python client: params in the query string, form content type, empty body. */
    public HttpResponse<String> call(String host, String key, String entity, String action, String params) {
        return server.send(host, "POST", "/civicrm/ajax/api4/" + entity + "/" + action + "?params=" + encode(params), key, FORM, "");
    }

    /** As a form-field sender: params in the body. */
    public HttpResponse<String> form(String host, String key, String entity, String action, String params) {
        return server.send(host, "POST", "/civicrm/ajax/api4/" + entity + "/" + action, key, FORM, "params=" + encode(params));
    }

    /** A call that must succeed: its parsed result. */
    public JsonObject ok(String host, String key, String entity, String action, String params) {
        return ok(call(host, key, entity, action, params));
    }

    /** The id of the first record a successful call answers. */
    public long firstId(String host, String key, String entity, String action, String params) {
        return ok(host, key, entity, action, params).getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
    }

    public static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /** The status of a refused call, after checking that its body is an APIv4 error. */
    public static int refused(HttpResponse<String> response) {
        JsonObject error = json(response.body());
        assertEquals(response.statusCode(), error.getInt("status"), response.body());
        error.getString("error_code");
        error.getString("error_message");
        return response.statusCode();
    }

    public static String message(HttpResponse<String> response) {
        return json(response.body()).getString("error_message");
    }

    public static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One field of every returned record, as text. */
    public static Set<String> column(JsonObject result, String field) {
        return result.getJsonArray("values").stream().map(v -> v.asJsonObject().get(field))
                .map(v -> v instanceof JsonString s ? s.getString() : v.toString()).collect(Collectors.toSet());
    }
}
