package org.multisitecrm.branding;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.multisitecrm.api.ApiErrorMapper;

import java.util.Set;

/** The domain's own public resources ({@code /civicrm/domain/logo}), on its host. */
@ApplicationPath("/civicrm/domain")
public class BrandingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LogoResource.class, ApiErrorMapper.class);
    }
}
