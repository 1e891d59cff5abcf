package io.gridcharge.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling: a bare Netty WebSocket server at {@code ws://HOST:PORT/ocpp/{stationId}} (subprotocols ocpp1.6 and
 * ocpp2.0.1) that parses every CALL with the {@code ocpp} module's codec and answers it with a fixed, valid
 * CALLRESULT for its action in the connection's version (BootNotification Accepted, tokens Accepted, ...), built
 * once at start; actions it does not know get
 * CALLERROR NotImplemented. No authentication, no state, no database: what this machine does for the same load
 * with nothing but the transport and the codec.
 */
public final class BareCentralSystem implements AutoCloseable {
    /** Same shape as the platform's workers: an acceptor thread and one event loop per core. */
    private static final int ACCEPTOR_THREADS = 1;

    private static final AttributeKey<OcppVersion> VERSION = AttributeKey.valueOf("ocppVersion");

    private final Map<OcppVersion, FrameCodec> codecs = new EnumMap<>(OcppVersion.class);
    private final Map<OcppVersion, Map<String, ObjectNode>> answers = new EnumMap<>(OcppVersion.class);
    private EventLoopGroup acceptors;
    private EventLoopGroup workers;
    private Channel server;

    public BareCentralSystem() {
        Instant started = Instant.now();
        for (OcppVersion version : OcppVersion.values()) {
            codecs.put(version, new FrameCodec(version));
            answers.put(version, StationFrames.of(version).bareAnswers(started));
        }
    }

    /** Binds {@code host:port} (0 = any free port) and returns the bound port. */
    public int start(String host, int port) throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        acceptors = new MultiThreadIoEventLoopGroup(ACCEPTOR_THREADS, new DefaultThreadFactory("bare-accept", true), io);
        workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("bare-worker", true), io);
        Answerer answerer = new Answerer();
        WebSocketServerProtocolConfig websocket = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/ocpp")
                .checkStartsWith(true)
                .subprotocols(OcppVersion.V16.subprotocol() + "," + OcppVersion.V201.subprotocol())
                .build();
        server = new ServerBootstrap().group(acceptors, workers)
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65_536),
                                new WebSocketServerProtocolHandler(websocket), answerer, NOT_FOUND);
                    }
                })
                .bind(host, port).sync().channel();
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Blocks until the server channel closes. */
    public void awaitClose() throws InterruptedException {
        server.closeFuture().sync();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().awaitUninterruptibly();
        }
        if (workers != null) {
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        }
        if (acceptors != null) {
            acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    /** Answers a text frame of a 1.6 connection. */
    String answer(String text) {
        return answer(OcppVersion.V16, text);
    }

    /** Answers a text frame; the only piece of work per message. */
    String answer(OcppVersion version, String text) {
        FrameCodec codec = codecs.get(version);
        Frame frame;
        try {
            frame = codec.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(frame instanceof Frame.Call call)) {
            return null;
        }
        ObjectNode payload = answers.get(version).get(call.action());
        Frame reply = payload != null ? new Frame.CallResult(call.messageId(), payload)
                : new Frame.CallError(call.messageId(), ErrorCode.NOT_IMPLEMENTED,
                        "The bare central system does not answer " + call.action(), OcppJson.mapper().createObjectNode());
        return codec.write(reply);
    }

    /** Any HTTP request that is not a WebSocket upgrade on /ocpp/...: 404, so that clients fail fast. */
    private static final ChannelHandler NOT_FOUND = new NotFound();

    @ChannelHandler.Sharable
    private static final class NotFound extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            ctx.writeAndFlush(new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.NOT_FOUND,
                    Unpooled.EMPTY_BUFFER)).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @ChannelHandler.Sharable
    private final class Answerer extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame message) {
            OcppVersion version = ctx.channel().attr(VERSION).get();
            String reply = answer(version == null ? OcppVersion.V16 : version, message.text());
            if (reply != null) {
                ctx.writeAndFlush(new TextWebSocketFrame(reply));
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete handshake
                    && handshake.selectedSubprotocol() != null) {
                OcppVersion.ofSubprotocol(handshake.selectedSubprotocol())
                        .ifPresent(version -> ctx.channel().attr(VERSION).set(version));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
