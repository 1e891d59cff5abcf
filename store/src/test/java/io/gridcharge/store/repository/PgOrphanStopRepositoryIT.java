package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.OrphanStop;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgOrphanStopRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgOrphanStopRepository orphanStops;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        orphanStops = new PgOrphanStopRepository(db.jdbi());
    }

    @Test
    void aStopOfAnUnknownTransactionIsKeptAsTheStationReportedIt() {
        OrphanStop kept = orphanStops.record(aStop("CP-1", 4711, "ALICE"));

        assertThat(kept.id()).isPositive();
        assertThat(kept).usingRecursiveComparison().ignoringFields("id").isEqualTo(aStop("CP-1", 4711, "ALICE"));
    }

    @Test
    void aResentStopIsKeptOnce() {
        OrphanStop first = orphanStops.record(aStop("CP-1", 4711, null));
        OrphanStop resent = orphanStops.record(aStop("CP-1", 4711, null));

        assertThat(resent).isEqualTo(first);
        assertThat(Fixtures.count(db.jdbi(), "orphan_stops")).isEqualTo(1);
    }

    @Test
    void theListingIsPerStationNewestFirst() {
        OrphanStop a = orphanStops.record(aStop("CP-1", 1, null));
        orphanStops.record(aStop("CP-2", 2, null));
        OrphanStop c = orphanStops.record(aStop("CP-1", 3, null));

        assertThat(orphanStops.list(StationId.of("CP-1"), PageRequest.first(10)).items())
                .extracting(OrphanStop::id).containsExactly(c.id(), a.id());
        assertThat(orphanStops.list(null, PageRequest.first(10)).total()).isEqualTo(3);
    }

    private static OrphanStop aStop(String station, long transactionId, String by) {
        return new OrphanStop(0, StationId.of(station), transactionId, 12_345, minutes(30), "PowerLoss",
                by == null ? null : IdToken.of(by), 2, minutes(31));
    }
}
