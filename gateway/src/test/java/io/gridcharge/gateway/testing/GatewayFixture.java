package io.gridcharge.gateway.testing;

import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.RecordMeterValues;
import io.gridcharge.domain.charging.RecordTransactionEvent;
import io.gridcharge.domain.charging.StartTransaction;
import io.gridcharge.domain.charging.StopTransaction;
import io.gridcharge.domain.devicemodel.MessageLimits;
import io.gridcharge.domain.devicemodel.RecordDeviceReport;
import io.gridcharge.domain.energy.RecordSmartChargingReports;
import io.gridcharge.domain.monitoring.RecordCustomerInformation;
import io.gridcharge.domain.monitoring.RecordMonitoringReport;
import io.gridcharge.domain.monitoring.RecordStationEvents;
import io.gridcharge.domain.security.RecordSecurityEvent;
import io.gridcharge.domain.shared.BoundedPasswordHasher;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.ConnectorStatusReport;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationBoot;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationPresence;
import io.gridcharge.domain.station.StationSettings;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryDeviceModels;
import io.gridcharge.domain.testing.InMemoryJournal;
import io.gridcharge.domain.testing.InMemoryMonitoring;
import io.gridcharge.domain.testing.InMemoryOrphanStops;
import io.gridcharge.domain.testing.InMemorySecurityEvents;
import io.gridcharge.domain.testing.InMemorySmartChargingReports;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactionEvents;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.gateway.ConnectionRegistry;
import io.gridcharge.gateway.GatewayConfig;
import io.gridcharge.gateway.GatewayPorts;
import io.gridcharge.gateway.GatewayStationCommands;
import io.gridcharge.gateway.OcppServer;
import io.gridcharge.gateway.StationConnection;
import io.gridcharge.gateway.v16.Ocpp16Adapter;
import io.gridcharge.gateway.v16.Ocpp16Services;
import io.gridcharge.gateway.v16.VendorDataTransfer;
import io.gridcharge.gateway.v201.Ocpp201Adapter;
import io.gridcharge.gateway.v201.Ocpp201GridServices;
import io.gridcharge.gateway.v201.Ocpp201Services;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running gateway over the real domain services and in-memory repositories, on a free port. Build with
 * {@link #aGateway()}; every station registered has the same password unless given its own.
 */
public final class GatewayFixture implements AutoCloseable {
    public static final String PASSWORD = "correct-horse-battery";
    public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(300);
    public static final Duration PENDING_RETRY_INTERVAL = Duration.ofSeconds(30);

    public final Fakes.ManualClock clock = new Fakes.ManualClock();
    public final Fakes.RecordedEvents events = new Fakes.RecordedEvents();
    public final InMemoryOrphanStops orphanStops = new InMemoryOrphanStops();
    public final InMemoryStations stations = new InMemoryStations();
    public final InMemoryTokens tokens = new InMemoryTokens();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryJournal journal = new InMemoryJournal();
    public final InMemoryDeviceModels deviceModels = new InMemoryDeviceModels(stations);
    public final InMemoryTransactionEvents transactionEvents = new InMemoryTransactionEvents();
    public final InMemorySecurityEvents securityEvents = new InMemorySecurityEvents();
    public final InMemorySmartChargingReports smartChargingReports = new InMemorySmartChargingReports();
    public final InMemoryMonitoring monitoring = new InMemoryMonitoring();
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final ConnectionRegistry connections = new ConnectionRegistry();
    public final StationPresence presence = new StationPresence(clock, events, stations);
    public final GatewayStationCommands commands = new GatewayStationCommands(connections);
    /** How many password checks ran: the slow hash must not run on the event loop, nor more than needed. */
    public final AtomicInteger passwordChecks = new AtomicInteger();
    public final StationAdministration administration;
    public final TokenAdministration tokenAdministration;
    private final OcppServer server;

    private GatewayFixture(Builder builder) {
        PasswordHasher plain = Fakes.plainHasher();
        PasswordHasher counting = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return plain.hash(password);
            }

            @Override
            public boolean verify(String password, String hash) {
                passwordChecks.incrementAndGet();
                awaitGate(builder.passwordCheckGate);
                return plain.verify(password, hash);
            }
        };
        PasswordHasher stationHasher = builder.passwordCheckGate == null ? counting
                : new BoundedPasswordHasher(counting, 1, Duration.ZERO);
        StationSettings settings = new StationSettings(HEARTBEAT_INTERVAL, 3, builder.autoRegister,
                PENDING_RETRY_INTERVAL);
        administration = new StationAdministration(stations, counting, events, clock);
        tokenAdministration = new TokenAdministration(tokens, clock);
        builder.stations.forEach(s -> administration.register(StationId.of(s.id), null, s.password, s.registration));
        builder.tokens.forEach((idTag, status) -> tokenAdministration.issue(IdToken.of(idTag), status, null, null));
        AuthorizeToken authorize = new AuthorizeToken(tokens, clock);
        ConnectorStatusReport connectorStatus = new ConnectorStatusReport(stations, events, clock);
        events.subscribe(connectorStatus);
        Ocpp16Services services = new Ocpp16Services(new StationBoot(stations, settings, events, clock),
                connectorStatus, authorize,
                new StartTransaction(transactions, authorize, events, clock),
                new StopTransaction(transactions, orphanStops, authorize, events, clock),
                new RecordMeterValues(transactions, events, clock), administration, builder.vendors);
        GatewayConfig config = GatewayConfig.defaults("127.0.0.1", 0)
                .withPingInterval(builder.pingInterval)
                .withCallTimeout(builder.callTimeout);
        server = new OcppServer(config,
                new GatewayPorts(new StationAuthentication(stations, stationHasher, settings, clock), presence, journal,
                        clock),
                connections, meters, List.of(new Ocpp16Adapter(services), new Ocpp201Adapter(new Ocpp201Services(
                        services.boot(), services.connectorStatus(), authorize, administration,
                        new RecordDeviceReport(deviceModels, events, clock),
                        new RecordTransactionEvent(transactions, transactionEvents, services.startTransaction(),
                                services.stopTransaction(), services.meterValues(), authorize, events, clock),
                        services.meterValues(), new RecordSecurityEvent(securityEvents, events, clock),
                        new Ocpp201GridServices(
                                new RecordSmartChargingReports(smartChargingReports, transactions, clock),
                                new RecordStationEvents(monitoring, events, clock),
                                new RecordMonitoringReport(monitoring, clock),
                                new RecordCustomerInformation(monitoring, clock))),
                        new MessageLimits(deviceModels)))).start();
    }

    private static void awaitGate(CountDownLatch gate) {
        if (gate == null) {
            return;
        }
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static Builder aGateway() {
        return new Builder();
    }

    public int port() {
        return server.port();
    }

    /** Connects as a registered station with its password, offering ocpp1.6. */
    public TestStation.Connector station(String id) {
        return TestStation.to(port(), id).password(PASSWORD);
    }

    /** Connects as a registered station with its password, offering ocpp2.0.1 only. */
    public TestStation.Connector station201(String id) {
        return station(id).subprotocols("ocpp2.0.1");
    }

    /** Connects and boots: the station is accepted before the test starts. */
    public TestStation bootedStation(String id) {
        TestStation station = station(id).open();
        station.call("BootNotification", "{\"chargePointVendor\":\"Alfen\",\"chargePointModel\":\"Eve\"}");
        return station;
    }

    public StationConnection liveConnection(String id) {
        return connections.find(StationId.of(id)).orElseThrow();
    }

    @Override
    public void close() {
        server.close();
    }

    public static final class Builder {
        private record StationSpec(String id, String password, RegistrationStatus registration) {
        }

        private final List<StationSpec> stations = new ArrayList<>();
        private final Map<String, TokenStatus> tokens = new HashMap<>();
        private final Map<String, VendorDataTransfer> vendors = new HashMap<>();
        private Duration callTimeout = Duration.ofSeconds(5);
        private Duration pingInterval = Duration.ofSeconds(30);
        private boolean autoRegister;
        private CountDownLatch passwordCheckGate;

        public Builder withStation(String id) {
            return withStation(id, RegistrationStatus.ACCEPTED);
        }

        public Builder withStation(String id, RegistrationStatus registration) {
            stations.add(new StationSpec(id, PASSWORD, registration));
            return this;
        }

        public Builder withStationWithoutPassword(String id) {
            stations.add(new StationSpec(id, null, RegistrationStatus.ACCEPTED));
            return this;
        }

        public Builder withToken(String idTag, TokenStatus status) {
            tokens.put(idTag, status);
            return this;
        }

        public Builder withVendor(String vendorId, VendorDataTransfer vendor) {
            vendors.put(vendorId, vendor);
            return this;
        }

        /**
         * One slot for password checks, no wait for it, and each check held until {@code gate} opens: the
         * gateway under a storm of stations with passwords.
         */
        public Builder withPasswordChecksHeldUntil(CountDownLatch gate) {
            this.passwordCheckGate = gate;
            return this;
        }

        public Builder withCallTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        public Builder withPingInterval(Duration interval) {
            this.pingInterval = interval;
            return this;
        }

        public Builder withAutoRegistration() {
            this.autoRegister = true;
            return this;
        }

        public GatewayFixture start() {
            return new GatewayFixture(this);
        }
    }
}
