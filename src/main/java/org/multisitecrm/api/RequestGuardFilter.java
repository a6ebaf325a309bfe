package org.multisitecrm.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.multisitecrm.api.ApiErrorMapper.ApiError;
import org.multisitecrm.infrastructure.startup.StartupState;

import java.io.IOException;

/**
 * The outermost filter: nothing is served before the start-up sequence has finished (503, the
 * database may still be migrating); bodies larger than {@link #MAX_BODY_BYTES} are refused (413) before
 * they are read, whether announced by Content-Length or streamed; and whatever a later filter or
 * servlet throws is answered as APIv4 JSON on API paths (a short page elsewhere), never as the
 * container's page with a stack trace.
 */
public class RequestGuardFilter extends HttpFilter {

    /** The largest request body: a save of a thousand records fits many times over. */
    public static final long MAX_BODY_BYTES = 4L * 1024 * 1024;

    @Inject
    private StartupState startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = ApiPaths.isApi(request);
        if (!startup.isReady() && !isHealth(request)) {
            response.setHeader("Retry-After", "5");
            ErrorResponses.write(response, api, new ApiError(503, "starting", "The server is starting; try again in a few seconds"));
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            ErrorResponses.write(response, api, tooLarge());
            return;
        }
        try {
            chain.doFilter(new Bounded(request), response);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            if (causedBy(e, BodyTooLarge.class)) {
                ErrorResponses.write(response, api, tooLarge());
                return;
            }
            if (e instanceof IOException && response.isCommitted()) {
                return; // the client went away mid-answer: nothing left to tell it
            }
            ErrorResponses.write(response, api, ApiErrorMapper.describe(e instanceof ServletException s && s.getRootCause() != null
                    ? s.getRootCause() : e));
        }
    }

    /** Payara's health endpoints pass through this application's filters: they report the start, so they are open. */
    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/health") || path.startsWith("/health/");
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "payload_too_large", "The request body is larger than " + MAX_BODY_BYTES
                + " bytes (limit MAX_BODY_BYTES)");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Raised by the bounded body once more than the limit has been read. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    /** The request with a body that stops at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
