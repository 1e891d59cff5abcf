package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.security.SecurityEvent;
import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.security.StationSecurity;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgSecurityRepositoriesIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP1 = StationId.of("CP-1");
    private PgStationRepository stations;
    private PgStationSecurityRepository security;
    private PgSecurityEventRepository events;
    private PgReportedStatusRepository reports;

    @BeforeEach
    void oneStation() {
        Fixtures.emptyAllTables(db.jdbi());
        stations = new PgStationRepository(db.jdbi());
        security = new PgStationSecurityRepository(db.jdbi());
        events = new PgSecurityEventRepository(db.jdbi());
        reports = new PgReportedStatusRepository(db.jdbi());
        stations.insert(aStation("CP-1").build());
    }

    @Test
    void aStationsSecurityIsKeptAndReplaced() {
        assertThat(security.find(CP1)).isEmpty();

        StationSecurity pending = StationSecurity.initial(CP1, T0).withPendingPassword("hash", T0);
        security.save(pending);
        StationSecurity upgraded = pending.withProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE, minutes(1))
                .withPendingPassword(null, minutes(1));
        security.save(upgraded);

        assertThat(security.find(CP1)).contains(upgraded);
    }

    @Test
    void securityEventsAreListedNewestFirstAndTheCriticalOnesAlone() {
        events.append(new SecurityEvent(0, CP1, "TamperDetectionActivated", T0, "lid", true, T0));
        SecurityEvent later = events.append(new SecurityEvent(0, CP1, "InvalidMessages", minutes(1), null, false,
                minutes(1)));

        Page<SecurityEvent> all = events.list(CP1, false, PageRequest.first(10));
        Page<SecurityEvent> critical = events.list(CP1, true, PageRequest.first(10));

        assertThat(all.items()).first().isEqualTo(later);
        assertThat(all.total()).isEqualTo(2);
        assertThat(critical.items()).singleElement()
                .satisfies(event -> assertThat(event.techInfo()).isEqualTo("lid"));
    }

    @Test
    void statusReportsAreKeptPerKind() {
        reports.append(new ReportedStatus(0, CP1, ReportedStatus.Kind.LOG_UPLOAD, "Uploaded", 7, T0));
        reports.append(new ReportedStatus(0, CP1, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE, "Installed", null, T0));

        assertThat(reports.list(CP1, ReportedStatus.Kind.LOG_UPLOAD, PageRequest.first(10)).items())
                .singleElement().satisfies(report -> assertThat(report.requestId()).isEqualTo(7));
        assertThat(reports.list(CP1, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE, PageRequest.first(10)).items())
                .singleElement().satisfies(report -> assertThat(report.requestId()).isNull());
    }

    @Test
    void aRemovedStationTakesItsSecurityRecordsAlong() {
        security.save(StationSecurity.initial(CP1, T0));
        events.append(new SecurityEvent(0, CP1, "ResetOrReboot", T0, null, true, T0));

        stations.delete(CP1);

        assertThat(security.find(CP1)).isEmpty();
        assertThat(events.list(CP1, false, PageRequest.first(10)).total()).isZero();
    }
}
