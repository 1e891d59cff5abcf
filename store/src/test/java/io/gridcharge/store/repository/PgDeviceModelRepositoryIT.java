package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.DeviceModelQuery;
import io.gridcharge.domain.devicemodel.DeviceReport;
import io.gridcharge.domain.devicemodel.DeviceReportPart;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.ReportedVariable;
import io.gridcharge.domain.devicemodel.StoredVariable;
import io.gridcharge.domain.devicemodel.VariableAttribute;
import io.gridcharge.domain.devicemodel.VariableCharacteristics;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgDeviceModelRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP_1 = StationId.of("CP-1");

    private PgDeviceModelRepository models;

    @BeforeEach
    void stationWithoutModel() {
        Fixtures.emptyAllTables(db.jdbi());
        db.jdbi().useHandle(handle -> handle.execute("TRUNCATE device_report_parts, device_variables CASCADE"));
        new PgStationRepository(db.jdbi()).insert(aStation("CP-1").build());
        models = new PgDeviceModelRepository(db.jdbi());
    }

    @Test
    void aReportInTwoPartsBuildsTheModelAndCountsAsCompleteOnceTheLastPartCame() {
        apply(CP_1, new DeviceReportPart(7, 0, true, T0, List.of(heartbeatInterval("300"))));
        assertThat(models.report(CP_1, 7)).hasValueSatisfying(report -> assertThat(report.complete()).isFalse());

        apply(CP_1, new DeviceReportPart(7, 1, false, T0, List.of(evseAvailability())));

        DeviceReport report = models.report(CP_1, 7).orElseThrow();
        assertThat(report.partsReceived()).isEqualTo(2);
        assertThat(report.variables()).isEqualTo(2);
        assertThat(report.complete()).isTrue();
        List<StoredVariable> all = models.variables(CP_1, DeviceModelQuery.all(), PageRequest.first(50)).items();
        assertThat(all).extracting(v -> v.variable().component().name())
                .containsExactly("EVSE", "OCPPCommCtrlr");
        StoredVariable evse = all.getFirst();
        assertThat(evse.variable().component().evseId()).isEqualTo(1);
        assertThat(evse.variable().attribute(AttributeType.ACTUAL)).hasValueSatisfying(a -> {
            assertThat(a.value()).isEqualTo("Available");
            assertThat(a.mutability()).isEqualTo(Mutability.READ_ONLY);
        });
    }

    @Test
    void aLaterReportReplacesTheValueAndKeepsCharacteristicsItLeavesOut() {
        apply(CP_1, new DeviceReportPart(1, 0, false, T0, List.of(heartbeatInterval("300"))));

        ReportedVariable changed = new ReportedVariable(ComponentRef.of("ocppcommctrlr"), VariableRef.of("heartbeatinterval"),
                List.of(VariableAttribute.actual("60")), null);
        apply(CP_1, new DeviceReportPart(2, 0, false, minutes(5), List.of(changed)));

        List<StoredVariable> found = models.variables(CP_1, new DeviceModelQuery("OCPPCommCtrlr", null, null),
                PageRequest.first(10)).items();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.variable().attribute(AttributeType.ACTUAL).orElseThrow().value()).isEqualTo("60");
            assertThat(v.variable().characteristics().unit()).isEqualTo("s");
            assertThat(v.variable().characteristics().minLimit()).isEqualByComparingTo("1");
            assertThat(v.reportedAt()).isEqualTo(minutes(5));
        });
    }

    @Test
    void aPartSentAgainChangesNothing() {
        DeviceReportPart part = new DeviceReportPart(3, 0, false, T0, List.of(heartbeatInterval("300")));
        assertThat(apply(CP_1, part)).isTrue();

        assertThat(apply(CP_1, part)).isFalse();
        assertThat(models.report(CP_1, 3).orElseThrow().partsReceived()).isEqualTo(1);
    }

    @Test
    void aReportWhoseLastPartCameWithAPartMissingIsNotComplete() {
        apply(CP_1, new DeviceReportPart(4, 0, true, T0, List.of(heartbeatInterval("300"))));
        apply(CP_1, new DeviceReportPart(4, 2, false, T0, List.of(evseAvailability())));

        DeviceReport report = models.report(CP_1, 4).orElseThrow();
        assertThat(report.missingParts()).isEqualTo(1);
        assertThat(report.complete()).isFalse();
    }

    @Test
    void listsComponentsWithTheNumberOfTheirVariables() {
        apply(CP_1, new DeviceReportPart(5, 0, false, T0, List.of(heartbeatInterval("300"),
                evseAvailability(), new ReportedVariable(new ComponentRef("EVSE", null, 1, null),
                        VariableRef.of("Power"), List.of(new VariableAttribute(AttributeType.MAX_SET, "22000",
                        Mutability.READ_ONLY, true, true)), null))));

        assertThat(models.components(CP_1)).extracting(c -> c.component().name() + "/" + c.variables())
                .containsExactly("EVSE/2", "OCPPCommCtrlr/1");
    }

    @Test
    void aReportOfAnUnknownStationIsNotFound() {
        assertThatThrownBy(() -> apply(StationId.of("CP-NONE"),
                new DeviceReportPart(1, 0, false, T0, List.of(heartbeatInterval("300")))))
                .isInstanceOf(NotFound.class);
    }

    private boolean apply(StationId station, DeviceReportPart part) {
        return models.applyReportPart(station, part, part.generatedAt().plusSeconds(1));
    }

    private static ReportedVariable heartbeatInterval(String seconds) {
        return new ReportedVariable(ComponentRef.of("OCPPCommCtrlr"), VariableRef.of("HeartbeatInterval"),
                List.of(VariableAttribute.actual(seconds)),
                new VariableCharacteristics("s", VariableDataType.INTEGER, BigDecimal.ONE, null, null, true));
    }

    private static ReportedVariable evseAvailability() {
        return new ReportedVariable(new ComponentRef("EVSE", null, 1, null), VariableRef.of("AvailabilityState"),
                List.of(new VariableAttribute(AttributeType.ACTUAL, "Available", Mutability.READ_ONLY, false, false)),
                new VariableCharacteristics(null, VariableDataType.OPTION_LIST, null, null,
                        "Available,Occupied,Reserved,Unavailable,Faulted", true));
    }
}
