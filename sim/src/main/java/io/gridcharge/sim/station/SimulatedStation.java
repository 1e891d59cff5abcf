package io.gridcharge.sim.station;

import io.gridcharge.ocpp.OcppVersion;
import java.time.Duration;

/** A simulated charger on the wire, whatever OCPP version it speaks: what a run starts, watches and closes. */
public interface SimulatedStation extends AutoCloseable {
    String stationId();

    OcppVersion version();

    /** Connects and boots (waiting for that, at most {@code timeout}), then sends its calls until closed. */
    void start(Duration timeout);

    /** The link goes down (an outage) or comes back: down, the connection drops and calls wait in the outbox. */
    void setLinkUp(boolean up);

    /** Waits until every queued call is sent, at most {@code timeout}; true when the outbox emptied. */
    boolean drain(Duration timeout);

    /** The calls not answered yet. */
    long queued();

    /** How many times its link went down. */
    long outages();

    /** Transactions the central system has heard of. */
    long transactionsStarted();

    long meterValuesSent();

    long callsSent();

    @Override
    void close();
}
