package io.gridcharge.domain.devicemodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordDeviceReportTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final PartsKept models = new PartsKept();
    private final List<DomainEvent> events = new ArrayList<>();
    private final RecordDeviceReport record = new RecordDeviceReport(models, events::add,
            Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void announcesTheReportWhenItsLastPartComesAndNotBefore() {
        record.record(CP_1, part(0, true));
        assertThat(events).isEmpty();

        record.record(CP_1, part(1, false));

        assertThat(events).singleElement().isInstanceOfSatisfying(DeviceModelEvents.DeviceReportReceived.class,
                received -> assertThat(received.report().partsReceived()).isEqualTo(2));
    }

    @Test
    void aLastPartSentAgainIsNotAnnouncedTwice() {
        record.record(CP_1, part(0, false));
        record.record(CP_1, part(0, false));

        assertThat(events).hasSize(1);
    }

    private static DeviceReportPart part(int seqNo, boolean continues) {
        return new DeviceReportPart(9, seqNo, continues, T0, List.of(new ReportedVariable(
                ComponentRef.of("OCPPCommCtrlr"), VariableRef.of("HeartbeatInterval"),
                List.of(VariableAttribute.actual("300")), null)));
    }

    /** Keeps the parts of report 9 only: what the service needs to decide. */
    private static final class PartsKept implements DeviceModelRepository {
        private final Map<Integer, DeviceReportPart> parts = new HashMap<>();

        @Override
        public boolean applyReportPart(StationId stationId, DeviceReportPart part, Instant receivedAt) {
            return parts.putIfAbsent(part.seqNo(), part) == null;
        }

        @Override
        public Optional<DeviceReport> report(StationId stationId, int requestId) {
            int highest = parts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            boolean last = parts.values().stream().anyMatch(p -> !p.continues());
            return Optional.of(new DeviceReport(requestId, parts.size(), highest, parts.size(), T0, last ? T0 : null));
        }

        @Override
        public Page<StoredVariable> variables(StationId stationId, DeviceModelQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ComponentSummary> components(StationId stationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DeviceReport> reports(StationId stationId, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
