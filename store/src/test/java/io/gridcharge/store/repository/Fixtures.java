package io.gridcharge.store.repository;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Builders of what the repositories keep, with plausible defaults, and a way to start each test empty. */
final class Fixtures {
    /** A fixed instant the fixtures' times are counted from (whole milliseconds, as stations send them). */
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123Z");

    private Fixtures() {
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** Removes every row the repositories wrote, so a test sees only its own. */
    static void emptyAllTables(Jdbi jdbi) {
        jdbi.useHandle(handle -> handle.execute("""
                TRUNCATE stations, connectors, id_tokens, transactions, meter_samples, users, api_sessions,
                    message_journal, reservations, orphan_stops RESTART IDENTITY CASCADE"""));
    }

    static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    static StationBuilder aStation(String id) {
        return new StationBuilder(id);
    }

    static TokenBuilder aToken(String idToken) {
        return new TokenBuilder(idToken);
    }

    static StartBuilder aStart(String stationId) {
        return new StartBuilder(stationId);
    }

    static TransactionStop aStop(long meterStopWh, Instant at) {
        return new TransactionStop(meterStopWh, at, "Local", IdToken.of("TAG-1"));
    }

    static MeterSample anEnergyReading(Instant at, long wh) {
        return new MeterSample(at, MeterSample.ENERGY_REGISTER, null, "Outlet", "Sample.Periodic",
                BigDecimal.valueOf(wh), "Wh");
    }

    static MeterSample aVoltageReading(Instant at, String phase, String volts) {
        return new MeterSample(at, "Voltage", phase, "Outlet", "Sample.Periodic", new BigDecimal(volts), "V");
    }

    static FrameBuilder aFrame(String stationId) {
        return new FrameBuilder(stationId);
    }

    static final class StationBuilder {
        private final StationId id;
        private String name;
        private String passwordHash;
        private RegistrationStatus registration = RegistrationStatus.ACCEPTED;
        private String protocol;
        private BootInfo boot;
        private Instant lastBootAt;
        private final List<Connector> connectors = new ArrayList<>();

        private StationBuilder(String id) {
            this.id = StationId.of(id);
            this.name = "Station " + id;
        }

        StationBuilder named(String name) {
            this.name = name;
            return this;
        }

        StationBuilder withPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
            return this;
        }

        StationBuilder withRegistration(RegistrationStatus registration) {
            this.registration = registration;
            return this;
        }

        /** Booted over OCPP 1.6 at {@link #T0}. */
        StationBuilder bootedAs(String vendor, String model) {
            this.boot = new BootInfo(vendor, model, "SN-" + id, "1.4.2", null, null, "AC meter", "M-" + id);
            this.protocol = "ocpp1.6";
            this.lastBootAt = T0;
            return this;
        }

        /** Connectors 1..count, available since {@link #T0}. */
        StationBuilder withConnectors(int count) {
            for (int connectorId = 1; connectorId <= count; connectorId++) {
                connectors.add(new Connector(connectorId, ConnectorStatus.AVAILABLE, "NoError", null, null, T0));
            }
            return this;
        }

        Station build() {
            return new Station(id, name, passwordHash, registration, protocol, boot, lastBootAt, null, connectors,
                    T0);
        }
    }

    static final class TokenBuilder {
        private final IdToken idToken;
        private TokenStatus status = TokenStatus.ACCEPTED;
        private Instant expiresAt;
        private IdToken groupId;

        private TokenBuilder(String idToken) {
            this.idToken = IdToken.of(idToken);
        }

        TokenBuilder withStatus(TokenStatus status) {
            this.status = status;
            return this;
        }

        TokenBuilder expiringAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        TokenBuilder inGroup(String groupId) {
            this.groupId = IdToken.of(groupId);
            return this;
        }

        RegisteredToken build() {
            return new RegisteredToken(idToken, status, expiresAt, groupId, T0);
        }
    }

    static final class StartBuilder {
        private final StationId stationId;
        private int connectorId = 1;
        private String stationTransactionId;
        private IdToken idToken = IdToken.of("TAG-1");
        private AuthorizationStatus authorization = AuthorizationStatus.ACCEPTED;
        private Integer reservationId;
        private long meterStartWh = 1_000;
        private Instant startedAt = T0;

        private StartBuilder(String stationId) {
            this.stationId = StationId.of(stationId);
        }

        StartBuilder onConnector(int connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        StartBuilder withStationTransactionId(String stationTransactionId) {
            this.stationTransactionId = stationTransactionId;
            return this;
        }

        StartBuilder by(String idToken) {
            this.idToken = IdToken.of(idToken);
            return this;
        }

        StartBuilder authorized(AuthorizationStatus authorization) {
            this.authorization = authorization;
            return this;
        }

        StartBuilder forReservation(int reservationId) {
            this.reservationId = reservationId;
            return this;
        }

        StartBuilder meterStart(long wh) {
            this.meterStartWh = wh;
            return this;
        }

        StartBuilder at(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        NewTransaction build() {
            return new NewTransaction(stationId, connectorId, stationTransactionId, idToken, authorization,
                    reservationId, meterStartWh, startedAt);
        }
    }

    static final class FrameBuilder {
        private final StationId stationId;
        private Instant at = T0;
        private JournalEntry.Direction direction = JournalEntry.Direction.IN;
        private String action = "Heartbeat";
        private String messageId = "m-1";

        private FrameBuilder(String stationId) {
            this.stationId = StationId.of(stationId);
        }

        FrameBuilder at(Instant at) {
            this.at = at;
            return this;
        }

        FrameBuilder out() {
            this.direction = JournalEntry.Direction.OUT;
            return this;
        }

        FrameBuilder action(String action) {
            this.action = action;
            return this;
        }

        FrameBuilder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        JournalEntry build() {
            String frame = direction == JournalEntry.Direction.IN
                    ? "[2,\"" + messageId + "\",\"" + action + "\",{}]"
                    : "[3,\"" + messageId + "\",{}]";
            return new JournalEntry(stationId, at, direction, action, messageId, frame);
        }
    }
}
