package org.newsroom.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "News platform", version = "1.0",
        description = "Articles with their readers' comments: the public API of the gateway."))
// POST /api/login (micronaut-security's LoginController) is described by auth.LoginApi
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
