package org.newsroom.comments.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.util.regex.Pattern;

/** SITE_URL and SITE_NAME: where links in mail point and whose name mail carries (unset URL: the local gateway, on GATEWAY_PORT). */
@ConfigurationProperties("comments.site")
public class Site {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");

    /** Blank: the local gateway. */
    private String url = "";
    private int gatewayPort = 8080;
    private String name = "The Daily Platform";

    public String getUrl() {
        return url.isEmpty() ? "http://localhost:" + gatewayPort : url;
    }

    public void setUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        this.url = trimmed.replaceAll("/+$", "");
    }

    public int getGatewayPort() {
        return gatewayPort;
    }

    public void setGatewayPort(int gatewayPort) {
        this.gatewayPort = gatewayPort;
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
