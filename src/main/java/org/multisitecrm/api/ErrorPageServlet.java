package org.multisitecrm.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.multisitecrm.api.ApiErrorMapper.ApiError;

import java.io.IOException;
import java.util.Locale;

/**
 * The container's error page (web.xml): an error status set anywhere (a filter's {@code sendError}, an
 * unmapped path, an exception the guard did not see) is answered as APIv4 JSON on API paths and as a
 * short page elsewhere, with the container's own page and its stack trace never shown.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length())) : "";
        ApiError error;
        if (exception instanceof Throwable t) {
            error = ApiErrorMapper.describe(t);
        } else {
            int code = status instanceof Integer i ? i : 500;
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            String text = message instanceof String m && !m.isBlank() ? m : reason(code);
            error = new ApiError(code, reason(code).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), text);
        }
        ErrorResponses.write(response, ApiPaths.isApi(path), error);
    }

    private static String reason(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> code >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
