package io.gridcharge.api.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.api.http.JsonMapping;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.monitoring.MonitoringEvents;
import io.gridcharge.domain.security.SecurityEvents;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.StationEvents;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The platform's domain events as the console's live views see them (issue 8): station presence and boots,
 * connector states, meter readings, transactions started and stopped, and alarms (critical security events,
 * faults, and the alarms operators' rules raise on 2.0.1 stations' events). Subscribed to the event bus;
 * hands each event, written as JSON once, to every open stream. Keeps the latest notices for a dashboard that
 * just opened, and each connector's latest power for the network's total.
 */
public final class LiveFeed implements Consumer<DomainEvent>, AutoCloseable {
    static final int RECENT = 50;

    private final ObjectMapper mapper = JsonMapping.create();
    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Notice> recent = new ArrayDeque<>(RECENT);
    private final Map<String, Long> powerByConnector = new ConcurrentHashMap<>();

    public LiveListener listen() {
        LiveListener listener = new LiveListener();
        listeners.add(listener);
        return listener;
    }

    public void stopListening(LiveListener listener) {
        listener.close();
        listeners.remove(listener);
    }

    /** The latest notices, newest first. */
    public List<Notice> recentNotices() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** The sum of every charging connector's latest active power import, W. */
    public long totalPowerW() {
        return powerByConnector.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void accept(DomainEvent event) {
        switch (event) {
            case StationEvents.Connected e -> {
                send("station", fields(e, "connected", true, "protocol", e.protocol()));
                notice(new Notice(e.at(), id(e), "connected", false, Map.of("protocol", e.protocol())));
            }
            case StationEvents.Disconnected e -> {
                powerByConnector.keySet().removeIf(key -> key.startsWith(id(e) + "#"));
                send("station", fields(e, "connected", false));
                notice(new Notice(e.at(), id(e), "disconnected", false, Map.of()));
            }
            case StationEvents.WentOffline e -> {
                send("station", fields(e, "offline", true, "lastSeen", e.lastSeen()));
                notice(new Notice(e.at(), id(e), "offline", true, Map.of("lastSeen", e.lastSeen())));
            }
            case StationEvents.Booted e -> {
                send("station", fields(e, "booted", true, "registration", Vocabulary.REGISTRATION.name(e.answer()),
                        "vendor", e.boot().vendor(), "model", e.boot().model(),
                        "firmwareVersion", e.boot().firmwareVersion()));
                notice(new Notice(e.at(), id(e), "booted", false, Map.of("registration",
                        Vocabulary.REGISTRATION.name(e.answer()))));
            }
            case StationEvents.RegistrationChanged e -> send("station", fields(e, "registration",
                    Vocabulary.REGISTRATION.name(e.current())));
            case StationEvents.ConnectorStatusChanged e -> connector(e);
            case ChargingEvents.TransactionStarted e -> transaction("started", e.transaction(), e);
            case ChargingEvents.TransactionStopped e -> {
                powerByConnector.remove(id(e) + "#" + e.transaction().connectorId());
                transaction("stopped", e.transaction(), e);
            }
            case ChargingEvents.MeterValuesReceived e -> meter(e);
            case SecurityEvents.CriticalSecurityEventReported e -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("type", e.event().type());
                if (e.event().techInfo() != null) {
                    detail.put("techInfo", e.event().techInfo());
                }
                notice(new Notice(e.at(), id(e), "security", true, detail));
            }
            case MonitoringEvents.AlarmRaised e -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("alarmId", e.alarm().id());
                detail.put("component", e.alarm().componentName());
                detail.put("variable", e.alarm().variableName());
                if (e.alarm().actualValue() != null) {
                    detail.put("actualValue", e.alarm().actualValue());
                }
                if (e.alarm().severity() != null) {
                    detail.put("severity", e.alarm().severity());
                }
                notice(new Notice(e.at(), id(e), "alarm", true, detail));
            }
            default -> {
                // Other events (security profile changes and the like) have no live view yet.
            }
        }
    }

    private void connector(StationEvents.ConnectorStatusChanged e) {
        var c = e.connector();
        String status = Vocabulary.CONNECTOR_STATUS.name(c.status());
        send("connector", fields(e, "connectorId", c.connectorId(), "status", status, "errorCode", c.errorCode(),
                "info", c.info()));
        if (c.status() != ConnectorStatus.CHARGING) {
            powerByConnector.remove(id(e) + "#" + c.connectorId());
        }
        if (c.status() == ConnectorStatus.FAULTED) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("connectorId", c.connectorId());
            if (c.errorCode() != null) {
                detail.put("errorCode", c.errorCode());
            }
            notice(new Notice(e.at(), id(e), "faulted", true, detail));
        }
    }

    private void transaction(String state, Transaction t, DomainEvent e) {
        Map<String, Object> data = fields(e, "state", state, "transactionId", t.id(), "connectorId", t.connectorId(),
                "idToken", t.idToken() == null ? null : t.idToken().value(),
                "energyWh", t.energyWh().isPresent() ? t.energyWh().getAsLong() : null, "stopReason", t.stopReason());
        send("transaction", data);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("transactionId", t.id());
        detail.put("connectorId", t.connectorId());
        if (t.energyWh().isPresent()) {
            detail.put("energyWh", t.energyWh().getAsLong());
        }
        notice(new Notice(e.at(), id(e), "transaction-" + state, false, detail));
    }

    private void meter(ChargingEvents.MeterValuesReceived e) {
        MeterReading reading = MeterReading.of(e.samples());
        if (reading.powerW() != null && e.transactionId() != null) {
            powerByConnector.put(id(e) + "#" + e.connectorId(), reading.powerW());
        }
        send("meter", fields(e, "connectorId", e.connectorId(), "transactionId", e.transactionId(),
                "powerW", reading.powerW(), "energyWh", reading.energyWh(), "currentA", reading.currentA(),
                "voltageV", reading.voltageV(), "soc", reading.soc(), "temperatureC", reading.temperatureC()));
    }

    private void notice(Notice notice) {
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeLast();
            }
            recent.addFirst(notice);
        }
        send("notice", notice);
    }

    private void send(String type, Object data) {
        if (listeners.isEmpty()) {
            return;
        }
        LiveMessage message = new LiveMessage(type, write(data));
        for (LiveListener listener : listeners) {
            listener.offer(message);
            if (listener.isClosed()) {
                listeners.remove(listener);
            }
        }
    }

    private String write(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a live event that cannot be written as JSON: " + data, e);
        }
    }

    /** The station and time every live event carries, then the event's own fields (null values left out). */
    private static Map<String, Object> fields(DomainEvent event, Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stationId", event.stationId().value());
        data.put("at", event.at());
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                data.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return data;
    }

    private static String id(DomainEvent event) {
        return event.stationId().value();
    }

    /** Ends every open stream, so that stopping the server does not wait for browsers to go away. */
    @Override
    public void close() {
        List<LiveListener> open = new ArrayList<>(listeners);
        listeners.clear();
        open.forEach(LiveListener::close);
    }
}
