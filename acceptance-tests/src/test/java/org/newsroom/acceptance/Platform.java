package org.newsroom.acceptance;

import java.nio.file.Path;

import org.newsroom.support.testing.FreePorts;

/** Where the repository is, and free ports to run things on. */
public final class Platform {

    private Platform() {
    }

    public static Path root() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    }

    public static String version() {
        return System.getProperty("platform.version", "1.0.0-SNAPSHOT");
    }

    public static int freePort() {
        return FreePorts.next();
    }
}
