package org.contenthub.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * One JAX-RS application for the API ({@code /api/v1/...}) and the pages: both share the security
 * filters, the error mapping and the services. Static files come from {@link AssetsResource}
 * because this application owns every path.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Content Hub API",
            version = "1",
            description =
                "Content of the hub: items, curation, search, workflow, newsletters, sharing. "
                    + "Authenticate with HTTP Basic (local accounts). Errors are RFC 9457 "
                    + "application/problem+json."))
public class HubApplication extends Application {}
