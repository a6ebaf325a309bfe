package org.multisitecrm.api;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are API requests, whose every answer, errors included, is APIv4 JSON. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/civicrm/") || path.startsWith("/openapi");
    }
}
