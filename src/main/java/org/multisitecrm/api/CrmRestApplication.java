package org.multisitecrm.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** The server's own REST entry point under {@code /api}; APIv4 has its own application (see {@code api4}). */
@ApplicationPath("/api")
public class CrmRestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SessionResource.class, SiteResource.class, ApiErrorMapper.class);
    }
}
