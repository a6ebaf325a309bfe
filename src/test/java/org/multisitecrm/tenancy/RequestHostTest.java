package org.multisitecrm.tenancy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestHostTest {

    @Test
    void wellFormedHostHeaders() {
        for (String host : new String[] {"localhost", "north.localhost:8080", "a-b.example.org.", "[::1]:8080", "127.0.0.1", "x_y.local"}) {
            assertTrue(RequestHost.isWellFormed(host), host);
        }
        assertTrue(RequestHost.isWellFormed(null), "HTTP/1.0 sends none: the default site answers");
    }

    @Test
    void malformedHostHeaders() {
        for (String host : new String[] {"", " ", "h:1:2", "a,b", "north.localhost:8080, south.localhost", "host:port", "-", "a b",
                "[::1", "x".repeat(400), "host:123456", "évil.example"}) {
            assertFalse(RequestHost.isWellFormed(host), host);
        }
    }
}
