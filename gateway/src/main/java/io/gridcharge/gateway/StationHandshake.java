package io.gridcharge.gateway;

import io.gridcharge.domain.security.ConnectionTransport;
import io.gridcharge.domain.security.StationAdmission;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.PasswordChecksBusy;
import io.gridcharge.domain.station.StationId;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a station's connection: route, identity, credentials, subprotocol, then the upgrade.
 *
 * <ul>
 * <li>Only {@code /ocpp/{stationId}} is served; any other path is 404, a request that is not a GET is 405,
 * one without "Upgrade: websocket" is 400.</li>
 * <li>A station id that breaks {@link StationId}'s rules is 400.</li>
 * <li>Security Profile 1 of the OCPP 1.6 Security Whitepaper: Basic credentials whose user name is not the
 * station id, or malformed, or a wrong or missing password for a station that has one: 401 with a
 * WWW-Authenticate challenge. An unknown station: 404, as OCPP-J 1.6 §3.2 asks ("If the Central System does
 * not recognize the charge point identifier in the URL path, it SHOULD send an HTTP response with status
 * 404"); it tells an installer that the id, not the password, is wrong, and station ids are not secrets
 * (they are in every URL and on the station's label).</li>
 * <li>No common subprotocol, or none offered: OCPP-J 1.6 §3.2 says the server "MUST complete the WebSocket
 * handshake with a response without a Sec-WebSocket-Protocol header and then immediately close the
 * WebSocket connection": 101, then close 1002 naming the versions this server speaks.</li>
 * <li>Security Profiles 2 and 3 (the TLS listener, see {@link TlsSettings}): a station recorded at profile 2 or
 * 3 that comes without TLS, or at profile 3 without a client certificate, and anyone whose certificate names
 * another station, is refused with 403 (see {@link StationAdmission}).</li>
 * </ul>
 * Admission (the station looked up, the password hash checked) runs on a virtual thread while the socket is
 * not read. At most {@code maxPendingHandshakes} are admitted at once, and the slow password hashes have slots
 * of their own ({@link io.gridcharge.domain.shared.BoundedPasswordHasher}); a handshake that finds either full
 * gets 503 with a Retry-After spread over a few seconds, so that the refused part of a storm does not come back
 * all in the same second. Stations without a password never wait for a hash slot.
 */
final class StationHandshake extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LoggerFactory.getLogger(StationHandshake.class);
    private static final Pattern ROUTE = Pattern.compile("/ocpp/([^/]+)");
    private static final String CHALLENGE = "Basic realm=\"GridCharge OCPP\", charset=\"UTF-8\"";
    /** RFC 6455 §7.4.1: 1002, the endpoint terminates the connection due to a protocol error. */
    private static final int NO_SUBPROTOCOL_CODE = 1002;
    static final int RETRY_AFTER_MIN_SECONDS = 1;
    static final int RETRY_AFTER_MAX_SECONDS = 5;

    private final Admission admission;
    private final SubprotocolNegotiation negotiation;
    private final Semaphore handshakeSlots;
    private final Executor admissionThreads;
    private final ConnectionServices services;
    private final ConnectionLifecycle lifecycle;
    private final SilenceGuard silenceGuard;

    StationHandshake(Admission admission, SubprotocolNegotiation negotiation,
                     Semaphore handshakeSlots, Executor admissionThreads, ConnectionServices services,
                     ConnectionLifecycle lifecycle, SilenceGuard silenceGuard) {
        this.admission = admission;
        this.negotiation = negotiation;
        this.handshakeSlots = handshakeSlots;
        this.admissionThreads = admissionThreads;
        this.services = services;
        this.lifecycle = lifecycle;
        this.silenceGuard = silenceGuard;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            refuse(ctx, HttpResponseStatus.BAD_REQUEST, "Malformed HTTP request", "malformed");
            return;
        }
        Matcher route = ROUTE.matcher(new QueryStringDecoder(request.uri()).rawPath());
        if (!route.matches()) {
            refuse(ctx, HttpResponseStatus.NOT_FOUND, "Stations connect to /ocpp/{stationId}", "path");
            return;
        }
        if (!HttpMethod.GET.equals(request.method())) {
            refuse(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, "Only GET upgrades to a WebSocket", "method");
            return;
        }
        if (!HttpHeaderValues.WEBSOCKET.contentEqualsIgnoreCase(request.headers().get(HttpHeaderNames.UPGRADE, ""))) {
            refuse(ctx, HttpResponseStatus.BAD_REQUEST, "Expected a WebSocket upgrade", "not-websocket");
            return;
        }
        StationId stationId;
        try {
            stationId = StationId.of(QueryStringDecoder.decodeComponent(route.group(1), StandardCharsets.UTF_8));
        } catch (InvalidInput e) {
            refuse(ctx, HttpResponseStatus.BAD_REQUEST, "Invalid station id: " + e.rule(), "station-id");
            return;
        }
        Optional<BasicCredentials> credentials;
        try {
            credentials = BasicCredentials.parse(request.headers().get(HttpHeaderNames.AUTHORIZATION));
        } catch (IllegalArgumentException e) {
            LOG.info("station {}: handshake refused, {} from {}", stationId, e.getMessage(), remote(ctx));
            challenge(ctx, "Malformed Basic credentials");
            return;
        }
        if (credentials.isPresent() && !credentials.get().username().equals(stationId.value())) {
            LOG.info("station {}: handshake refused, Basic Auth user name is not the station id, from {}",
                    stationId, remote(ctx));
            challenge(ctx, "The user name must be the station id");
            return;
        }
        if (!handshakeSlots.tryAcquire()) {
            LOG.debug("station {}: handshake refused, too many handshakes under way", stationId);
            busy(ctx);
            return;
        }
        String password = credentials.map(BasicCredentials::password).orElse(null);
        ConnectionTransport transport = ClientCertificates.transportOf(ctx.pipeline());
        ctx.channel().config().setAutoRead(false);
        request.retain();
        admissionThreads.execute(() -> {
            Runnable answer;
            try {
                StationAdmission.Verdict verdict = admission.admit(stationId, password, transport);
                answer = () -> decide(ctx, request, stationId, transport, verdict);
            } catch (PasswordChecksBusy e) {
                LOG.debug("station {}: handshake refused, {}", stationId, e.getMessage());
                answer = () -> busy(ctx);
            } catch (RuntimeException e) {
                LOG.error("station {}: admission failed", stationId, e);
                answer = () -> refuse(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR,
                        "Could not check the credentials", "error");
            } finally {
                handshakeSlots.release();
            }
            Runnable decided = answer;
            ctx.executor().execute(() -> {
                try {
                    if (ctx.channel().isActive()) {
                        decided.run();
                    }
                } finally {
                    request.release();
                }
            });
        });
    }

    /** Event loop, after admission. */
    private void decide(ChannelHandlerContext ctx, FullHttpRequest request, StationId stationId,
                        ConnectionTransport transport, StationAdmission.Verdict verdict) {
        switch (verdict) {
            case UNKNOWN_STATION -> {
                LOG.info("station {}: handshake refused, unknown station, from {}", stationId, remote(ctx));
                refuse(ctx, HttpResponseStatus.NOT_FOUND, "Unknown station", "unknown-station");
            }
            case BAD_PASSWORD -> {
                LOG.info("station {}: handshake refused, wrong or missing password, from {}", stationId,
                        remote(ctx));
                challenge(ctx, "Wrong or missing password");
            }
            case TLS_REQUIRED -> forbid(ctx, stationId, "This station's security profile requires TLS",
                    "tls-required");
            case CERTIFICATE_REQUIRED -> forbid(ctx, stationId,
                    "This station's security profile requires a client certificate", "certificate-required");
            case CERTIFICATE_OF_ANOTHER_STATION -> forbid(ctx, stationId, "The client certificate is not "
                    + "this station's (its commonName is " + transport.certificateIdentity() + ")",
                    "certificate-mismatch");
            case ALLOWED -> upgrade(ctx, request, stationId, transport);
        }
    }

    private void forbid(ChannelHandlerContext ctx, StationId stationId, String reason, String metric) {
        LOG.warn("station {}: handshake refused, {}, from {}", stationId, reason, remote(ctx));
        refuse(ctx, HttpResponseStatus.FORBIDDEN, reason, metric);
    }

    private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request, StationId stationId,
                         ConnectionTransport transport) {
        Optional<SubprotocolNegotiation.Agreement> agreement =
                negotiation.negotiate(request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
        WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
                (transport.tls() ? "wss://" : "ws://") + request.headers().get(HttpHeaderNames.HOST, "localhost")
                        + request.uri(),
                agreement.map(SubprotocolNegotiation.Agreement::token).orElse(null),
                decoderConfig()).newHandshaker(request);
        Channel channel = ctx.channel();
        if (handshaker == null) {
            services.metrics().handshakeRefused("websocket-version");
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(channel)
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        try {
            handshaker.handshake(channel, request).addListener(done -> {
                if (!done.isSuccess()) {
                    channel.close();
                } else if (agreement.isEmpty()) {
                    refuseSubprotocol(channel, stationId, request);
                } else {
                    channel.config().setAutoRead(true);
                }
            });
        } catch (WebSocketHandshakeException e) {
            refuse(ctx, HttpResponseStatus.BAD_REQUEST, e.getMessage(), "websocket-handshake");
            return;
        }
        ChannelPipeline pipeline = ctx.pipeline();
        pipeline.remove(this);
        if (agreement.isEmpty()) {
            return;
        }
        ProtocolAdapter adapter = agreement.get().adapter();
        StationConnection connection = new StationConnection(stationId, adapter.version(), channel, services);
        int maxFrameBytes = services.config().maxFrameBytes();
        pipeline.replace(OcppServer.IDLE, OcppServer.IDLE,
                new IdleStateHandler(services.config().pingInterval().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        silenceGuard.upgraded(stationId.value());
        pipeline.addLast("utf8", new Utf8FrameValidator(true));
        pipeline.addLast("fragments", new WebSocketFrameAggregator(maxFrameBytes));
        // Holds what one socket read decoded beyond the frame that filled the mailbox (see StationConnection).
        pipeline.addLast("flow", new FlowControlHandler());
        pipeline.addLast("frames", new StationFrameHandler(connection, lifecycle, maxFrameBytes));
        connection.open(() -> lifecycle.open(connection, adapter));
    }

    private void refuseSubprotocol(Channel channel, StationId stationId, FullHttpRequest request) {
        String offered = String.join(", ", request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
        LOG.info("station {}: no common subprotocol (offered [{}]), closing", stationId, offered);
        services.metrics().handshakeRefused("subprotocol");
        channel.writeAndFlush(new CloseWebSocketFrame(NO_SUBPROTOCOL_CODE,
                        "No common subprotocol; this server speaks " + negotiation.supported()))
                .addListener(ChannelFutureListener.CLOSE);
    }

    private WebSocketDecoderConfig decoderConfig() {
        return WebSocketDecoderConfig.newBuilder()
                .maxFramePayloadLength(services.config().maxFrameBytes())
                .expectMaskedFrames(true)
                .allowExtensions(false)
                .closeOnProtocolViolation(true)
                .build();
    }

    /**
     * 503 with Retry-After (RFC 9110 §10.2.3) of {@value #RETRY_AFTER_MIN_SECONDS} to
     * {@value #RETRY_AFTER_MAX_SECONDS} seconds, drawn at random so the refused stations come back spread out.
     */
    private void busy(ChannelHandlerContext ctx) {
        FullHttpResponse busy = response(HttpResponseStatus.SERVICE_UNAVAILABLE, "Busy, retry shortly");
        int seconds = ThreadLocalRandom.current().nextInt(RETRY_AFTER_MIN_SECONDS, RETRY_AFTER_MAX_SECONDS + 1);
        busy.headers().setInt(HttpHeaderNames.RETRY_AFTER, seconds);
        send(ctx, busy, "busy");
    }

    private void challenge(ChannelHandlerContext ctx, String reason) {
        FullHttpResponse response = response(HttpResponseStatus.UNAUTHORIZED, reason);
        response.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE);
        send(ctx, response, "credentials");
    }

    private void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, String reason, String metric) {
        send(ctx, response(status, reason), metric);
    }

    private void send(ChannelHandlerContext ctx, FullHttpResponse response, String metric) {
        services.metrics().handshakeRefused(metric);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static FullHttpResponse response(HttpResponseStatus status, String reason) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(reason + "\n", StandardCharsets.UTF_8));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }

    private static String remote(ChannelHandlerContext ctx) {
        return String.valueOf(ctx.channel().remoteAddress());
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("connection from {} failed before the handshake: {}", remote(ctx), cause.toString());
        ctx.close();
    }
}
