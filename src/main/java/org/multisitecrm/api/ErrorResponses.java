package org.multisitecrm.api;

import jakarta.servlet.http.HttpServletResponse;
import org.multisitecrm.api.ApiErrorMapper.ApiError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes an error outside JAX-RS (filters, the container's error page): JSON on API paths, a short page elsewhere. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void write(HttpServletResponse response, boolean api, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(error.status());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (error.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (api) {
            response.setContentType("application/json");
            response.getWriter().write(error.body().toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + error.status()
                    + "</title></head><body><h1>" + error.status() + "</h1><p>" + escape(error.message()) + "</p></body></html>");
        }
        response.flushBuffer();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
