package org.newsroom.articles;

import io.micronaut.runtime.Micronaut;

public class Application {

    public static void main(String[] args) {
        // no ASCII-art banner: every line on stdout is a JSON log event
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
