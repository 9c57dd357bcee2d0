package org.newsroom.gateway;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.micronaut.security.endpoints.LoginController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.tags.Tag;

@OpenAPIDefinition(info = @Info(title = "News platform", version = "1.0",
        description = "Articles with their readers' comments: the public API of the gateway."))
@OpenAPIInclude(classes = LoginController.class, tags = @Tag(name = "Auth"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
