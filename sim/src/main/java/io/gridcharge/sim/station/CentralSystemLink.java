package io.gridcharge.sim.station;

import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppConnectException;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallErrorException;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.RpcException;
import io.gridcharge.sim.link.LinkProfile;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated station's connection to the central system, the same for every OCPP version: an outbox of calls,
 * the WebSocket, boot, heartbeats, and the link's delays, outages and reconnects. The version's own messages
 * plug in through {@link Protocol}.
 *
 * <p>Calls go out one at a time, in order, from an outbox on a virtual thread of their own (OCPP-J 1.6 §4.1.1,
 * OCPP-J 2.0.1 §4.1.1: one outstanding call). While the link is down or the central system unreachable the
 * outbox keeps its calls and sends them after the next accepted BootNotification (OCPP 1.6 §4.7, OCPP 2.0.1
 * E04: transaction messages are queued and delivered in order); a call whose connection dropped before its
 * answer is sent again.
 */
public final class CentralSystemLink {
    private static final Logger log = LoggerFactory.getLogger(CentralSystemLink.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);

    /** One call to the central system, sent when its turn comes. */
    @FunctionalInterface
    public interface Call {
        void send(OcppStationClient client);
    }

    /** The central system's answer to a BootNotification, in the terms every version shares. */
    public record Registration(boolean accepted, int intervalSeconds) {
    }

    /** What differs between OCPP versions on an otherwise identical connection. */
    public interface Protocol {
        OcppVersion version();

        /** The station's answers to the central system's calls. */
        CallHandler commands();

        /** Sends one BootNotification on a fresh connection. */
        Registration boot(OcppStationClient client);

        /** Once accepted, every connector's status (OCPP 1.6 §4.9; OCPP 2.0.1 B01, G01). */
        void reportStatuses(OcppStationClient client);

        /** A call that tells the central system the station is alive. */
        Call heartbeat();
    }

    private final String stationId;
    private final URI csms;
    private final String password;
    private final LinkProfile link;
    private final SplittableRandom linkRandom;
    private final StationLog stationLog;
    private final Protocol protocol;
    private final LinkedBlockingDeque<Call> outbox = new LinkedBlockingDeque<>();
    private final AtomicLong callsSent = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    /** Calls queued or on the wire: the outbox alone does not count the one awaiting its answer. */
    private final AtomicLong unanswered = new AtomicLong();
    private volatile boolean linkUp = true;
    private volatile boolean closing;
    private volatile boolean rebootRequested;
    private volatile OcppStationClient client;
    private volatile int heartbeatSeconds = 60;
    private Thread sender;
    private Thread heartbeat;

    public CentralSystemLink(String stationId, URI csms, String password, LinkProfile link, long seed,
                             StationLog stationLog, Protocol protocol) {
        this.stationId = stationId;
        this.csms = csms;
        this.password = password;
        this.link = link;
        this.linkRandom = new SplittableRandom(seed);
        this.stationLog = stationLog;
        this.protocol = protocol;
    }

    public long outages() {
        return outages.get();
    }

    public long callsSent() {
        return callsSent.get();
    }

    /** The calls not answered yet. */
    public long queued() {
        return unanswered.get();
    }

    /** Whether the station's link is up (no outage): what happens now happens online. */
    public boolean online() {
        return linkUp;
    }

    public void requestReboot() {
        rebootRequested = true; // the sender sees it within its next poll
    }

    public void setHeartbeatInterval(int seconds) {
        heartbeatSeconds = seconds;
    }

    public int heartbeatInterval() {
        return heartbeatSeconds;
    }

    public void enqueue(Call call) {
        unanswered.incrementAndGet();
        outbox.add(call);
    }

    /** Connects and boots (waiting for that, at most {@code timeout}), then sends from the outbox until closed. */
    public void start(Duration timeout) {
        sender = Thread.ofVirtual().name("sim-" + stationId).start(this::sendLoop);
        heartbeat = Thread.ofVirtual().name("sim-heartbeat-" + stationId).start(this::heartbeatLoop);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (client == null && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            sleep(Duration.ofMillis(20));
        }
        if (client == null) {
            throw new IllegalStateException("Station " + stationId + " could not connect and boot at " + csms
                    + " within " + timeout.toSeconds() + " s");
        }
    }

    /** The link goes down (an outage) or comes back: down, the connection drops and calls wait in the outbox. */
    public void setLinkUp(boolean up) {
        linkUp = up;
        OcppStationClient current = client;
        if (!up) {
            outages.incrementAndGet();
        }
        if (!up && current != null) {
            client = null;
            Thread.ofVirtual().start(current::close);
            stationLog.line(stationId + ": link down (outage), queueing its messages");
        } else if (up) {
            stationLog.line(stationId + ": link up again, replaying " + outbox.size() + " queued messages");
        }
    }

    /** Waits until every queued call is sent, at most {@code timeout}; true when the outbox emptied. */
    public boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unanswered.get() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        return unanswered.get() == 0;
    }

    public void close() {
        closing = true;
        if (sender != null) {
            sender.interrupt();
            heartbeat.interrupt();
            try {
                sender.join(CALL_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        OcppStationClient current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }

    // The sender

    private void sendLoop() {
        try {
            while (true) {
                OcppStationClient connected = connected();
                if (connected == null) {
                    return;
                }
                Call next = outbox.pollFirst(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (deliver(next)) {
                    unanswered.decrementAndGet();
                } else {
                    outbox.addFirst(next); // its connection dropped; sent again after the next boot
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** False when the connection dropped before the answer came (or the link went down meanwhile). */
    private boolean deliver(Call call) throws InterruptedException {
        OcppStationClient current = client;
        if (current == null) {
            return false;
        }
        Thread.sleep(link.delayMillis(linkRandom));
        try {
            call.send(current);
            callsSent.incrementAndGet();
            return true;
        } catch (CallErrorException refused) {
            log.warn("[{}] the central system answered {} with {}: {}", stationId, refused.getMessage(),
                    refused.code(), refused.description());
            return true; // a CALLERROR is an answer: sending it again would get the same
        } catch (RpcException dropped) {
            if (client == current) {
                client = null;
                current.close();
            }
            return false;
        } catch (RuntimeException failed) {
            if (closing) {
                return false;
            }
            log.warn("[{}] a call failed and is not sent again: {}", stationId, failed.toString());
            return true;
        }
    }

    /** The open, booted connection; connects and boots when there is none. Null once closing. */
    private OcppStationClient connected() throws InterruptedException {
        while (!closing) {
            if (rebootRequested) {
                rebootRequested = false;
                OcppStationClient old = client;
                client = null;
                if (old != null) {
                    old.close();
                }
                stationLog.line(stationId + ": rebooting on the central system's Reset");
            }
            OcppStationClient current = client;
            if (current != null && current.isOpen()) {
                return current;
            }
            client = null;
            if (!linkUp) {
                Thread.sleep(50);
                continue;
            }
            OcppStationClient opened = connectAndBoot();
            if (opened != null) {
                client = opened;
                return opened;
            }
            Thread.sleep(RECONNECT_PAUSE);
        }
        return null;
    }

    private OcppStationClient connectAndBoot() throws InterruptedException {
        OcppStationClient opened;
        try {
            opened = OcppStationClient.connect(csms, stationId, password, protocol.version(), protocol.commands(),
                    CALL_TIMEOUT);
        } catch (OcppConnectException refused) {
            if (refused.httpStatus().orElse(0) == 503) {
                // A central system pacing a crowd of connecting stations: trying again shortly is what it asks.
                log.info("[{}] {}; trying again", stationId, refused.getMessage());
            } else {
                log.warn("[{}] {}", stationId, refused.getMessage());
            }
            return null;
        }
        try {
            while (!closing && linkUp) {
                Registration boot = protocol.boot(opened);
                if (boot.intervalSeconds() > 0) {
                    heartbeatSeconds = boot.intervalSeconds();
                }
                if (boot.accepted()) {
                    protocol.reportStatuses(opened);
                    return opened;
                }
                // Pending or Rejected: ask again after the interval it gave (OCPP 1.6 §4.2, OCPP 2.0.1 B02,
                // B03), at most a few seconds.
                Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(boot.intervalSeconds(), 5))));
            }
        } catch (RuntimeException dropped) {
            log.warn("[{}] boot failed: {}", stationId, dropped.toString());
        }
        opened.close();
        return null;
    }

    private void heartbeatLoop() {
        while (!closing) {
            sleep(Duration.ofSeconds(heartbeatSeconds));
            if (!closing && client != null && outbox.isEmpty()) {
                enqueue(protocol.heartbeat());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
