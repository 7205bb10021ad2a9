package vn.lienthong.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Machines authenticate with HTTP Basic; browsers reuse their signed-in session. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "LienThong API", version = "1.0",
                description = "Liên thông văn bản: inter-agency documents and official-email adoption for Ho Chi Minh City. "
                        + "Errors are application/problem+json, in Vietnamese unless Accept-Language asks for English."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
