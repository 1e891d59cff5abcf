package io.gridcharge.gateway;

import io.gridcharge.domain.security.StationAdmission;
import io.gridcharge.ocpp.ActionDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP WebSocket server: {@code ws://HOST:PORT/ocpp/{stationId}} on Netty, epoll where the platform has
 * it and NIO elsewhere. Event loops do I/O only; each station's frames are handled in order on its own
 * virtual thread (DESIGN §4) by the {@link ProtocolAdapter} of the version negotiated at the handshake.
 *
 * <pre>{@code
 * var connections = new ConnectionRegistry();
 * var server = new OcppServer(GatewayConfig.defaults("0.0.0.0", 8180),
 *         new GatewayPorts(authentication, presence, journal, clock), connections, meterRegistry,
 *         List.of(new Ocpp16Adapter(ocpp16Services)));
 * server.start();
 * StationCommands commands = new GatewayStationCommands(connections);
 * }</pre>
 *
 * <p>With {@link TlsSettings} it also listens on {@code wss://HOST:TLS_PORT/ocpp/{stationId}} for Security
 * Profiles 2 and 3, and a {@link StationAdmission} decides per station which transport it may use: the same
 * pipeline as plain ws, behind an {@code SslHandler}.
 */
public final class OcppServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OcppServer.class);
    static final String IDLE = "idle";
    /** A handshake request has no body; anything larger is not a station. */
    private static final int MAX_HANDSHAKE_BYTES = 8192;

    private final GatewayConfig config;
    private final GatewayPorts ports;
    private final ConnectionRegistry connections;
    private final SubprotocolNegotiation negotiation;
    private final GatewayMetrics metrics;
    private final ScheduledExecutorService scheduler;
    private final ConnectionServices services;
    private final ConnectionLifecycle lifecycle;
    private final Semaphore handshakeSlots;
    private final Executor admissionThreads;
    private final Admission admission;
    /** Null when the server listens on plain ws only. */
    private final TlsSettings tls;
    private EventLoopGroup acceptors;
    private EventLoopGroup workers;
    private Channel serverChannel;
    private Channel tlsChannel;

    /** Plain ws only, Security Profile 1: the password alone decides who connects. */
    public OcppServer(GatewayConfig config, GatewayPorts ports, ConnectionRegistry connections,
                      MeterRegistry meterRegistry, List<ProtocolAdapter> adapters) {
        this(config, ports, connections, meterRegistry, adapters, Admission.passwordOnly(ports.authentication()),
                null);
    }

    /**
     * With the OCPP 1.6 Security Whitepaper's profiles: {@code admission} decides who connects over which
     * transport, on the plain listener and on the TLS one that {@code tls} describes (null: plain only).
     */
    public OcppServer(GatewayConfig config, GatewayPorts ports, ConnectionRegistry connections,
                      MeterRegistry meterRegistry, List<ProtocolAdapter> adapters, StationAdmission admission,
                      TlsSettings tls) {
        this(config, ports, connections, meterRegistry, adapters, (Admission) admission::admit, tls);
    }

    private OcppServer(GatewayConfig config, GatewayPorts ports, ConnectionRegistry connections,
                       MeterRegistry meterRegistry, List<ProtocolAdapter> adapters, Admission admission,
                       TlsSettings tls) {
        this.admission = admission;
        this.tls = tls;
        this.config = config;
        this.ports = ports;
        this.connections = connections;
        this.negotiation = new SubprotocolNegotiation(adapters);
        this.metrics = new GatewayMetrics(meterRegistry, connections, adapters.stream()
                .flatMap(adapter -> adapter.catalog().actions().stream())
                .map(ActionDefinition::name)
                .collect(Collectors.toSet()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("ocpp-call-timeouts"));
        this.services = new ConnectionServices(config, ports.presence(), ports.journal(), ports.clock(), metrics,
                scheduler);
        this.lifecycle = new ConnectionLifecycle(connections, ports.presence());
        this.handshakeSlots = new Semaphore(config.maxPendingHandshakes());
        metrics.watchPendingHandshakes(handshakeSlots, config.maxPendingHandshakes());
        ThreadFactory virtual = Thread.ofVirtual().name("ocpp-handshake-", 0).factory();
        this.admissionThreads = task -> virtual.newThread(task).start();
    }

    /** Binds and starts accepting stations; returns once the port is bound. */
    public synchronized OcppServer start() {
        if (serverChannel != null) {
            throw new IllegalStateException("already started");
        }
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        acceptors = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("ocpp-accept", true), io);
        workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("ocpp-io", true), io);
        try {
            serverChannel = bind(channelType, config.port(), null);
            if (tls != null) {
                tlsChannel = bind(channelType, tls.port(), tls.serverContext());
            }
        } catch (RuntimeException e) {
            if (serverChannel != null) {
                serverChannel.close().syncUninterruptibly();
                serverChannel = null;
            }
            shutDownGroups();
            throw e;
        }
        LOG.info("OCPP gateway listening on ws://{}:{}/ocpp/{stationId} ({}, subprotocols {})", config.host(),
                port(), epoll ? "epoll" : "nio", negotiation.supported());
        if (tlsChannel != null) {
            LOG.info("OCPP gateway listening on wss://{}:{}/ocpp/{stationId} (TLS 1.2+, security profiles 2 and 3)",
                    config.host(), tlsPort());
        }
        return this;
    }

    /** {@code tlsContext} null: plain ws. */
    private Channel bind(Class<? extends ServerChannel> channelType, int port, SslContext tlsContext) {
        return new ServerBootstrap()
                .group(acceptors, workers)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 64 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (tlsContext != null) {
                            channel.pipeline().addLast("tls", tlsContext.newHandler(channel.alloc()));
                        }
                        initStationChannel(channel);
                    }
                })
                .bind(config.host(), port)
                .syncUninterruptibly()
                .channel();
    }

    /** The bound port (useful when the config asked for 0). */
    public int port() {
        if (serverChannel == null) {
            throw new IllegalStateException("not started");
        }
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** The bound port of the TLS listener. */
    public int tlsPort() {
        if (tlsChannel == null) {
            throw new IllegalStateException("no TLS listener");
        }
        return ((InetSocketAddress) tlsChannel.localAddress()).getPort();
    }

    public ConnectionRegistry connections() {
        return connections;
    }

    /** Closes every station connection (1001, going away) and stops listening. */
    @Override
    public synchronized void close() {
        if (serverChannel == null) {
            return;
        }
        serverChannel.close().syncUninterruptibly();
        if (tlsChannel != null) {
            tlsChannel.close().syncUninterruptibly();
            tlsChannel = null;
        }
        for (var id : connections.stationIds()) {
            connections.find(id).ifPresent(c -> c.close(1001, "Server shutting down"));
        }
        shutDownGroups();
        scheduler.shutdownNow();
        serverChannel = null;
        LOG.info("OCPP gateway stopped");
    }

    private void initStationChannel(SocketChannel channel) {
        SilenceGuard silenceGuard = new SilenceGuard();
        channel.pipeline()
                .addLast(IDLE, new IdleStateHandler(config.handshakeTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                .addLast("silence", silenceGuard)
                .addLast("http", new HttpServerCodec())
                .addLast("aggregator", new HttpObjectAggregator(MAX_HANDSHAKE_BYTES))
                .addLast("handshake", new StationHandshake(admission, negotiation, handshakeSlots,
                        admissionThreads, services, lifecycle, silenceGuard));
    }

    private void shutDownGroups() {
        if (acceptors != null) {
            acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (workers != null) {
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
