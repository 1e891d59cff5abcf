package io.gridcharge.sim.station;

import io.gridcharge.ocpp.OcppVersion;
import java.time.Duration;

/** A simulated charger on the wire, whatever OCPP version it speaks: what a run starts, watches and closes. */
public interface SimulatedStation extends AutoCloseable {
    String stationId();

    OcppVersion version();

    /** The station's connection to the central system, which its calls go over whatever its version. */
    CentralSystemLink link();

    /** Connects and boots (waiting for that, at most {@code timeout}), then sends its calls until closed. */
    default void start(Duration timeout) {
        link().start(timeout);
    }

    /** The link goes down (an outage) or comes back: down, the connection drops and calls wait in the outbox. */
    default void setLinkUp(boolean up) {
        link().setLinkUp(up);
    }

    /** Waits until every queued call is sent, at most {@code timeout}; true when the outbox emptied. */
    default boolean drain(Duration timeout) {
        return link().drain(timeout);
    }

    /** The calls not answered yet. */
    default long queued() {
        return link().queued();
    }

    /** How many times its link went down. */
    default long outages() {
        return link().outages();
    }

    default long callsSent() {
        return link().callsSent();
    }

    /** Transactions the central system has heard of. */
    long transactionsStarted();

    long meterValuesSent();

    @Override
    default void close() {
        link().close();
    }
}
