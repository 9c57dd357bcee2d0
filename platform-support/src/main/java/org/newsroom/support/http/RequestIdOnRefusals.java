package org.newsroom.support.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * An {@code X-Request-Id} on the answers that no filter sees: the HTTP codec's refusals of a request it cannot
 * read (a control character in a header, a request line over the limit). Every other answer already has the
 * request's own id from {@link RequestIdFilter}, and keeps it.
 */
@Singleton
class RequestIdOnRefusals implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final ChannelHandler TAGGER = new Tagger();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private record Customizer(@Nullable Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = channel == null ? null : channel.pipeline();
            if (pipeline != null && pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "request-id-on-refusals", TAGGER);
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class Tagger extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if (message instanceof HttpResponse response && !response.headers().contains(RequestIdFilter.HEADER)) {
                response.headers().set(RequestIdFilter.HEADER, UUID.randomUUID().toString());
            }
            context.write(message, promise);
        }
    }
}
