package org.multisitecrm.sms;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The generic HTTP gateway ({@code api_type} http): one HTTP request per message, as CiviCRM's gateway
 * extensions make, described by the provider's {@code api_url} and {@code api_params} lines:
 * {@code method} (POST, or GET), {@code content_type} (form, or application/json), {@code body} (default
 * {@code to={to}&text={text}&from={from}}), {@code from}, and {@code header.<Name>} lines. {@code {to}},
 * {@code {text}}, {@code {from}}, {@code {username}} and {@code {password}} are filled in, encoded for where
 * they stand. A 2xx answer is success; another 4xx is a permanent refusal; anything else is retried.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    public String apiType() {
        return "http";
    }

    @Override
    public void send(SmsProvider provider, String to, String text) throws SmsException {
        Map<String, String> params = provider.parameters();
        Map<String, String> values = Map.of("to", to, "text", text, "from", params.getOrDefault("from", ""),
                "username", nullToEmpty(provider.getUsername()), "password", nullToEmpty(provider.getPassword()));
        String contentType = params.getOrDefault("content_type", FORM);
        UnaryOperator<String> bodyEncoding = contentType.contains("json") ? HttpSmsGateway::json : HttpSmsGateway::form;
        String method = params.getOrDefault("method", "POST").toUpperCase();
        URI uri = URI.create(fill(provider.getApiUrl(), values, HttpSmsGateway::form));
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new SmsException("api_url must be an http or https address", true);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        params.forEach((key, value) -> {
            if (key.startsWith("header.")) {
                request.header(key.substring("header.".length()), fill(value, values, UnaryOperator.identity()));
            }
        });
        if (method.equals("GET")) {
            request.GET();
        } else {
            String body = fill(params.getOrDefault("body", "to={to}&text={text}&from={from}"), values, bodyEncoding);
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 != 2) {
                String answer = response.body() == null ? "" : response.body().strip();
                throw new SmsException(provider.getTitle() + " answered " + status + (answer.isEmpty() ? "" : ": "
                        + answer.substring(0, Math.min(200, answer.length()))), status / 100 == 4 && status != 429);
            }
        } catch (IOException e) {
            throw new SmsException("cannot reach " + uri.getHost() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("interrupted while sending", false);
        }
    }

    private static String fill(String template, Map<String, String> values, UnaryOperator<String> encode) {
        String filled = template == null ? "" : template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", encode.apply(value.getValue()));
        }
        return filled;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
