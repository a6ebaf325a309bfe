package org.multisitecrm.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST entry point. */
@ApplicationPath("/api")
public class CrmRestApplication extends Application {
}
