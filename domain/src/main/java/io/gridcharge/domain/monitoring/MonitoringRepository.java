package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: what OCPP 2.0.1 stations report of their monitoring (N02, N07, N09/N10) and the alarms the operator's
 * rules raise on it.
 */
public interface MonitoringRepository {
    /**
     * Keeps an event; an event kept before (same station, event id and time: a NotifyEvent sent again) is not
     * kept twice.
     *
     * @return the stored event, or empty when it had been received before
     */
    Optional<StoredEvent> addEvent(StationId stationId, ReportedEvent event, Integer severity, Instant receivedAt);

    /** Newest first. */
    Page<StoredEvent> events(StationId stationId, EventQuery query, PageRequest page);

    /** Keeps a station's monitors, each replacing the one with its id. */
    void putMonitors(StationId stationId, List<VariableMonitor> monitors);

    Optional<VariableMonitor> monitor(StationId stationId, int monitorId);

    /** By component, variable and id. */
    List<VariableMonitor> monitors(StationId stationId);

    /** @return false when the part had been received before */
    boolean addCustomerInformation(CustomerInformationPart part);

    /** The parts received for the request, by sequence number. */
    List<CustomerInformationPart> customerInformation(StationId stationId, int requestId);

    AlarmRule addRule(AlarmRule rule);

    /** The rules for the station: its own and those for every station. */
    List<AlarmRule> rulesFor(StationId stationId);

    List<AlarmRule> rules();

    /** @return false when there was no such rule */
    boolean removeRule(long ruleId);

    StationAlarm raise(StationAlarm alarm);

    /** Newest first; only those not acknowledged when asked. */
    Page<StationAlarm> alarms(StationId stationId, boolean openOnly, PageRequest page);

    Optional<StationAlarm> alarm(long alarmId);

    /** Marks the alarm acknowledged unless it is already; the alarm as it is now. */
    Optional<StationAlarm> acknowledge(long alarmId, String by, Instant at);
}
