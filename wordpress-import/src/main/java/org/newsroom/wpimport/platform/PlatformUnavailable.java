package org.newsroom.wpimport.platform;

/** The platform cannot be reached, refuses the sign-in, or keeps failing: the import stops (it can be run again). */
public class PlatformUnavailable extends Exception {

    public PlatformUnavailable(String reason) {
        super(reason);
    }
}
