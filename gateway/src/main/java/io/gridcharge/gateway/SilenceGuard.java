package io.gridcharge.gateway;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on the reader-idle events of the {@code IdleStateHandler} in front of it. Before the WebSocket
 * handshake one idle period closes the socket (a client that connects and says nothing). After it, the
 * station is pinged after each silent ping interval and the connection is closed after three: a half-open
 * TCP connection otherwise looks alive until the operating system gives up, which can take many minutes.
 * Any byte from the station counts as life, pongs and OCPP frames alike. Idle time while the gateway itself
 * has stopped reading (backpressure, a password check under way) is not the station's silence.
 */
final class SilenceGuard extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SilenceGuard.class);
    static final int SILENT_INTERVALS_BEFORE_CLOSE = 3;

    private String stationId;
    private int silentIntervals;

    /** The handshake is done; from now on the station is pinged rather than dropped. */
    void upgraded(String stationId) {
        this.stationId = stationId;
        this.silentIntervals = 0;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        silentIntervals = 0;
        ctx.fireChannelRead(msg);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        if (!ctx.channel().config().isAutoRead()) {
            silentIntervals = 0;
            return;
        }
        if (stationId == null) {
            LOG.info("connection from {}: no WebSocket handshake in time, closing", ctx.channel().remoteAddress());
            ctx.close();
            return;
        }
        silentIntervals++;
        if (silentIntervals >= SILENT_INTERVALS_BEFORE_CLOSE) {
            LOG.info("station {}: silent for {} ping intervals, closing", stationId, silentIntervals);
            // 1001 "going away", as servers commonly close idle connections; a half-open peer never reads it.
            ctx.channel().writeAndFlush(new CloseWebSocketFrame(1001, "No traffic, not even pongs"))
                    .addListener(future -> ctx.close());
        } else {
            LOG.debug("station {}: silent, pinging", stationId);
            // Through the whole pipeline: this handler sits in front of the WebSocket encoder.
            ctx.channel().writeAndFlush(new PingWebSocketFrame());
        }
    }
}
