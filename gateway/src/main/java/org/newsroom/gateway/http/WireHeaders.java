package org.newsroom.gateway.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.MediaType;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last word on an answer's headers, as it goes on the wire: Micronaut compresses in the Netty pipeline (its
 * {@code PipeliningServerHandler} adds Content-Encoding to the response it writes), after every filter has run, so
 * only a handler between it and the HTTP codec sees what is really sent.
 * <ul>
 * <li>A compressed answer's strong ETag is made weak ({@code W/"…"}, as nginx does): a strong tag must differ between
 * content codings (RFC 9110 §8.8.3). If-None-Match compares weakly, so either form gets the 304 ({@link Responses}).</li>
 * <li>An answer that may be compressed (a text type, or a 304 standing for one) names Accept-Encoding in its Vary,
 * merged into the one line with what it varies on already (Cookie, Origin, Authorization).</li>
 * <li>The dates Micronaut writes (Date on every answer, Expires and Last-Modified of static files) are made
 * IMF-fixdates: its RFC 1123 format leaves out the leading zero of days 1 to 9 ({@link HttpDates#padded}).</li>
 * </ul>
 */
@Singleton
public class WireHeaders implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String NAME = "newsroom-wire-headers";
    private static final List<CharSequence> DATES = List.of(HttpHeaderNames.DATE, HttpHeaderNames.EXPIRES, HttpHeaderNames.LAST_MODIFIED);
    private static final String ACCEPT_ENCODING = "Accept-Encoding";

    private final Handler handler;

    public WireHeaders(HttpCompressionStrategy compression) {
        this.handler = new Handler(compression.isEnabled());
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Installer(null));
        return event.getBean();
    }

    /** Puts the handler in each connection's pipeline, next to Micronaut's. */
    private final class Installer implements NettyServerCustomizer {

        private final Channel channel;

        private Installer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel forChannel, ChannelRole role) {
            return new Installer(forChannel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
                channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, NAME, handler);
            }
        }
    }

    @ChannelHandler.Sharable
    static final class Handler extends ChannelOutboundHandlerAdapter {

        private final boolean compressing;

        Handler(boolean compressing) {
            this.compressing = compressing;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
            if (message instanceof HttpResponse response) {
                rewrite(response);
            }
            super.write(ctx, message, promise);
        }

        void rewrite(HttpResponse response) {
            HttpHeaders headers = response.headers();
            String etag = headers.get(HttpHeaderNames.ETAG);
            String coding = headers.get(HttpHeaderNames.CONTENT_ENCODING);
            if (etag != null && etag.startsWith("\"") && coding != null && !HttpHeaderValues.IDENTITY.contentEqualsIgnoreCase(coding)) {
                headers.set(HttpHeaderNames.ETAG, "W/" + etag);
            }
            if (compressing && mayBeCompressed(response)) {
                varyOnAcceptEncoding(headers);
            }
            for (CharSequence name : DATES) {
                String date = headers.get(name);
                if (date != null) {
                    headers.set(name, HttpDates.padded(date));
                }
            }
        }

        private static boolean mayBeCompressed(HttpResponse response) {
            String type = response.headers().get(HttpHeaderNames.CONTENT_TYPE);
            return response.status().equals(HttpResponseStatus.NOT_MODIFIED) || type != null && MediaType.isTextBased(type);
        }

        private static void varyOnAcceptEncoding(HttpHeaders headers) {
            List<String> vary = new ArrayList<>();
            for (String line : headers.getAll(HttpHeaderNames.VARY)) {
                Arrays.stream(line.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                        .filter(name -> vary.stream().noneMatch(name::equalsIgnoreCase)).forEach(vary::add);
            }
            if (vary.stream().noneMatch(name -> name.equals("*") || name.equalsIgnoreCase(ACCEPT_ENCODING))) {
                vary.add(ACCEPT_ENCODING);
                headers.set(HttpHeaderNames.VARY, String.join(", ", vary));
            }
        }
    }
}
