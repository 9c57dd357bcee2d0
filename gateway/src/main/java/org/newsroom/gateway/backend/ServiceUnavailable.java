package org.newsroom.gateway.backend;

/** A service did not answer usefully in time: down, slow, broken, or its circuit is open. */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " is unavailable", cause, false, false);
    }

    public ServiceUnavailable(String service) {
        super(service + " is unavailable", null, false, false);
    }
}
