package io.gridcharge.bench;

import io.gridcharge.ocpp.rpc.FrameCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The station side of the benchmark: N {@link SimulatedStation}s on one Netty event loop group of two threads.
 * The storm connects them with at most {@code connecting} handshakes-and-boots in flight at once, and is timed
 * from the first connect to the last station ready; then the mix runs for the warm-up (not counted) and the
 * measured duration.
 */
public final class LoadGenerator {
    private static final int EVENT_LOOP_THREADS = 2;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public LoadGenerator(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** What one run measured. */
    public record Outcome(int stations, int ready, Map<String, Long> lostReasons, long busyRetries, double stormSeconds,
                          ActionStats storm, double mixSeconds, ActionStats mixStats, long disconnects,
                          Map<String, Long> serverCalls, PlatformFigures platform) {
    }

    /**
     * The platform under test as read from outside ({@link PlatformProbe}); any figure may be null.
     *
     * @param heapBeforeStormKb heap after a full collection, before the storm; with {@code heapAfterStormKb} it
     *                          gives the heap each idle connection holds
     * @param dbRowsPerSecond   rows the platform's database wrote per second of the measured mix
     * @param dbCommitsPerSecond transactions it committed per second of the measured mix
     */
    public record PlatformFigures(Long rssBeforeStormKb, Long rssAfterStormKb, Long rssAfterMixKb,
                                  Long heapBeforeStormKb, Long heapAfterStormKb, Long heapAfterMixKb,
                                  Double dbRowsPerSecond, Double dbCommitsPerSecond) {
        /** Heap after full collections, after minus before the storm, per station that connected. */
        public Double heapPerConnectionKb(int connected) {
            return heapBeforeStormKb == null || heapAfterStormKb == null || connected == 0 ? null
                    : (heapAfterStormKb - heapBeforeStormKb) / (double) connected;
        }
    }

    public Outcome run() throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(EVENT_LOOP_THREADS,
                new DefaultThreadFactory("bench-station", true), io);
        Run run = new Run();
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-retry");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Bootstrap bootstrap = new Bootstrap().group(group)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
            run.reconnect = station -> retries.execute(() -> {
                try {
                    run.connectSlots.acquire();
                    connect(bootstrap, station, run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            run.retries = retries;
            FrameCodec codec = new FrameCodec(settings.protocol());
            StationFrames frames = StationFrames.of(settings.protocol());
            long callTimeoutNanos = settings.callTimeout().toNanos();
            PlatformProbe probe = new PlatformProbe(settings.platformPid(), settings.platformMetrics());
            Long rssBefore = probe.rssKb();
            Long heapBefore = probe.heapAfterFullGcKb();

            progress.accept("storm: connecting " + settings.stations() + " stations to " + settings.target()
                    + " (" + settings.connecting() + " at a time)");
            long stormStart = System.nanoTime();
            for (int number = 1; number <= settings.stations(); number++) {
                run.connectSlots.acquire();
                String id = BenchSettings.stationId(number);
                SimulatedStation station = new SimulatedStation(id, codec, frames, settings.mix(), settings.idTagOf(number),
                        callTimeoutNanos, settings.paceNanos(), run);
                connect(bootstrap, station, run);
            }
            boolean complete = run.settledAll.await(settings.stormTimeout().toMillis(), TimeUnit.MILLISECONDS);
            double stormSeconds = (System.nanoTime() - stormStart) / 1e9;
            if (!complete) {
                progress.accept("storm: timed out after " + settings.stormTimeout().toSeconds() + " s");
            }
            Long rssAfterStorm = probe.rssKb();
            Long heapAfterStorm = probe.heapAfterFullGcKb();
            progress.accept(String.format("storm: %d of %d stations ready in %.2f s (%d handshakes answered 503 and retried)",
                    run.readyStations.size(), settings.stations(), stormSeconds, run.busy.sum()));

            run.running = true;
            run.current = new ActionStats();
            run.readyStations.forEach(SimulatedStation::startMix);
            if (!settings.warmup().isZero()) {
                progress.accept("mix: warm-up " + settings.warmup().toSeconds() + " s");
                Thread.sleep(settings.warmup().toMillis());
            }
            progress.accept("mix: measuring " + settings.duration().toSeconds() + " s of " + settings.mix());
            long disconnectsBefore = run.disconnects.sum();
            Double rowsBefore = probe.metric(PlatformProbe.ROWS_WRITTEN);
            Double commitsBefore = probe.metric(PlatformProbe.COMMITS);
            long mixStart = System.nanoTime();
            ActionStats measured = measure(run, probe, mixStart);
            double mixSeconds = settings.duration().toNanos() / 1e9; // the intervals end exactly there
            Double rowsAfter = probe.metric(PlatformProbe.ROWS_WRITTEN);
            Double commitsAfter = probe.metric(PlatformProbe.COMMITS);
            long disconnects = run.disconnects.sum() - disconnectsBefore;
            run.running = false;
            Long rssAfterMix = probe.rssKb();
            Thread.sleep(Math.min(2_000, settings.callTimeout().toMillis()));
            Long heapAfterMix = probe.heapAfterFullGcKb();
            run.closing = true;
            PlatformFigures platform = new PlatformFigures(rssBefore, rssAfterStorm, rssAfterMix, heapBefore,
                    heapAfterStorm, heapAfterMix, rate(rowsBefore, rowsAfter, mixSeconds),
                    rate(commitsBefore, commitsAfter, mixSeconds));
            return new Outcome(settings.stations(), run.readyCount.get(), new TreeMap<>(run.lostReasons()),
                    run.busy.sum(), stormSeconds, run.storm, mixSeconds, measured, disconnects,
                    new TreeMap<>(run.serverCalls()), platform);
        } finally {
            run.closing = true;
            retries.shutdownNow();
            List<Channel> open = new ArrayList<>(run.channels);
            open.forEach(Channel::close);
            group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The measured mix, in intervals of {@code reportEvery} (one interval without it), each printed as it ends
     * (messages/s, p99, the platform's RSS and live heap) so that a long run shows whether anything creeps.
     */
    private ActionStats measure(Run run, PlatformProbe probe, long mixStart) throws InterruptedException {
        ActionStats measured = new ActionStats();
        long end = mixStart + settings.duration().toNanos();
        long interval = settings.reportEvery() == null ? settings.duration().toNanos() : settings.reportEvery().toNanos();
        long intervalStart = mixStart;
        ActionStats current = new ActionStats();
        run.current = current;
        while (intervalStart < end) {
            long until = Math.min(end, intervalStart + interval);
            TimeUnit.NANOSECONDS.sleep(Math.max(0, until - System.nanoTime()));
            ActionStats ended = current;
            current = new ActionStats();
            run.current = until < end ? current : new ActionStats(); // answers after the end count nowhere
            measured.addAll(ended);
            if (settings.reportEvery() != null) {
                // Read after the interval closed: a slow probe delays the line, never the intervals.
                double seconds = (until - intervalStart) / 1e9;
                Double liveHeap = probe.metric("jvm_gc_live_data_size_bytes");
                Long rss = probe.rssKb();
                progress.accept(String.format(Locale.ROOT,
                        "mix: %4.0f s  %7.0f msg/s  p99 %8.2f ms  errors %d  platform RSS %s MiB, live heap after GC %s MiB",
                        (until - mixStart) / 1e9, ended.answeredCount() / seconds,
                        ended.allActions().getValueAtPercentile(99) / 1000.0, ended.failureCount(),
                        rss == null ? "?" : rss / 1024, liveHeap == null ? "?" : Math.round(liveHeap / 1024 / 1024)));
            }
            intervalStart = until;
        }
        return measured;
    }

    private static Double rate(Double before, Double after, double seconds) {
        return before == null || after == null || seconds <= 0 ? null : (after - before) / seconds;
    }

    private void connect(Bootstrap bootstrap, SimulatedStation station, Run run) {
        URI uri = settings.stationUri(station.id());
        HttpHeaders headers = new DefaultHttpHeaders();
        if (settings.stationPassword() != null) {
            String credentials = station.id() + ":" + settings.stationPassword();
            headers.set(HttpHeaderNames.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .version(WebSocketVersion.V13)
                .subprotocol(settings.protocol().subprotocol())
                .customHeaders(headers)
                .handshakeTimeoutMillis(Duration.ofSeconds(60).toMillis())
                .build();
        ChannelFuture connected = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65_536),
                        new WebSocketClientProtocolHandler(config), station);
            }
        }).connect(uri.getHost(), uri.getPort());
        connected.addListener(future -> {
            if (future.isSuccess()) {
                Channel channel = connected.channel();
                run.channels.add(channel);
                channel.closeFuture().addListener(closed -> run.channels.remove(channel));
            } else {
                station.connectFailed("connect failed: " + future.cause().getMessage());
            }
        });
    }

    /** The shared state of one run, told by its stations. */
    private final class Run implements SimulatedStation.Events {
        final Semaphore connectSlots = new Semaphore(settings.connecting());
        final CountDownLatch settledAll = new CountDownLatch(settings.stations());
        final List<SimulatedStation> readyStations = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger readyCount = new AtomicInteger();
        final Map<String, LongAdder> lost = new ConcurrentHashMap<>();
        final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
        final LongAdder disconnects = new LongAdder();
        final LongAdder busy = new LongAdder();
        volatile Consumer<SimulatedStation> reconnect;
        volatile ScheduledExecutorService retries;
        final java.util.Set<Channel> channels = ConcurrentHashMap.newKeySet();
        final ActionStats storm = new ActionStats();
        volatile ActionStats current = storm;
        volatile boolean running;
        volatile boolean closing;

        @Override
        public void ready(SimulatedStation station) {
            readyStations.add(station);
            readyCount.incrementAndGet();
            connectSlots.release();
            settledAll.countDown();
        }

        @Override
        public void lost(SimulatedStation station, String why) {
            lost.computeIfAbsent(why, w -> new LongAdder()).increment();
            connectSlots.release();
            settledAll.countDown();
        }

        @Override
        public void retryLater(SimulatedStation station, long seconds) {
            busy.increment();
            connectSlots.release();
            if (!closing) {
                retries.schedule(() -> reconnect.accept(station), seconds, TimeUnit.SECONDS);
            }
        }

        @Override
        public void disconnected(SimulatedStation station) {
            if (!closing) {
                disconnects.increment();
            }
        }

        @Override
        public ActionStats stats() {
            return current;
        }

        @Override
        public boolean running() {
            return running;
        }

        @Override
        public void serverCall(String action) {
            calls.computeIfAbsent(action, a -> new LongAdder()).increment();
        }

        Map<String, Long> lostReasons() {
            Map<String, Long> copy = new TreeMap<>();
            lost.forEach((why, count) -> copy.put(why, count.sum()));
            return copy;
        }

        Map<String, Long> serverCalls() {
            Map<String, Long> copy = new TreeMap<>();
            calls.forEach((action, count) -> copy.put(action, count.sum()));
            return copy;
        }
    }
}
