package org.newsroom.comments.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.util.regex.Pattern;

/** SITE_URL and SITE_NAME: where links in mail point and whose name mail carries (unset or blank URL: the local gateway, on GATEWAY_PORT). */
@ConfigurationProperties("comments.site")
public class Site {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private String url = "";
    /** Only a plain number counts: Kubernetes sets GATEWAY_PORT=tcp://{ip}:{port} in pods next to a Service named gateway. */
    private String gatewayPort = "8080";
    private String name = "The Daily Platform";

    public String getUrl() {
        return url.isEmpty() ? "http://localhost:" + (PORT.matcher(gatewayPort).matches() ? gatewayPort : "8080") : url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url.trim().replaceAll("/+$", "");
    }

    public String getGatewayPort() {
        return gatewayPort;
    }

    public void setGatewayPort(String gatewayPort) {
        this.gatewayPort = gatewayPort == null ? "" : gatewayPort.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? "The Daily Platform" : name.trim();
    }

    /** An absolute link to {@code path} (which starts with a slash) on the site. */
    public String link(String path) {
        return getUrl() + path;
    }

    /** The site's host name for the default sender, {@code localhost} when the site is reached by an IP address. */
    public String mailHost() {
        String host = URI.create(getUrl()).getHost();
        return host == null || host.isBlank() || IP_ADDRESS.matcher(host).matches() ? "localhost" : host;
    }
}
