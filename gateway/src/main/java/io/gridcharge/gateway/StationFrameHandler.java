package io.gridcharge.gateway;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of an upgraded station socket, on the event loop: text frames go to the connection's
 * mailbox, control frames are answered here (RFC 6455 §5.5), nothing else is done on the event loop.
 */
final class StationFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(StationFrameHandler.class);

    private final StationConnection connection;
    private final ConnectionLifecycle lifecycle;
    private final int maxFrameBytes;

    StationFrameHandler(StationConnection connection, ConnectionLifecycle lifecycle, int maxFrameBytes) {
        this.connection = connection;
        this.lifecycle = lifecycle;
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        switch (frame) {
            case TextWebSocketFrame text -> connection.frameArrived(text.text());
            case PingWebSocketFrame ping -> ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
            case PongWebSocketFrame pong -> {
                // Life is noted by SilenceGuard; nothing else to do.
            }
            case CloseWebSocketFrame close -> {
                LOG.debug("station {}: closes with {} {}", connection.stationId(), close.statusCode(),
                        close.reasonText());
                CloseWebSocketFrame answer = close.statusCode() < 0
                        ? new CloseWebSocketFrame()
                        : new CloseWebSocketFrame(close.statusCode(), "");
                ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            }
            case BinaryWebSocketFrame binary -> {
                LOG.info("station {}: sent a binary frame, closing", connection.stationId());
                connection.close(1003, "OCPP-J uses text frames only");
            }
            default -> LOG.debug("station {}: ignored {}", connection.stationId(), frame.getClass().getSimpleName());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.closed(() -> lifecycle.closed(connection));
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.signalWritability();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        switch (cause) {
            // The frame decoder has sent its close frame already (1002, or 1009 for a frame too large).
            case CorruptedWebSocketFrameException corrupt ->
                    LOG.info("station {}: protocol violation: {}", connection.stationId(), corrupt.getMessage());
            // A fragmented message grew past the limit in the aggregator.
            case TooLongFrameException tooLong -> {
                LOG.info("station {}: message larger than {} bytes, closing", connection.stationId(), maxFrameBytes);
                connection.close(1009, "Message larger than " + maxFrameBytes + " bytes");
            }
            case IOException io -> {
                LOG.debug("station {}: connection failed: {}", connection.stationId(), io.toString());
                ctx.close();
            }
            default -> {
                LOG.warn("station {}: unexpected failure, closing", connection.stationId(), cause);
                connection.close(1011, "Internal error");
            }
        }
    }
}
