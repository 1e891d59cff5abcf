package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.DeviceReportPart;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.ReportedVariable;
import io.gridcharge.domain.devicemodel.VariableAttribute;
import io.gridcharge.domain.devicemodel.VariableCharacteristics;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.station.StationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceModelEndpointsTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void aStationThatReportedItsModel() {
        platform.given(aStation("CP-1"));
        ReportedVariable heartbeat = new ReportedVariable(ComponentRef.of("OCPPCommCtrlr"),
                VariableRef.of("HeartbeatInterval"), List.of(VariableAttribute.actual("300")),
                new VariableCharacteristics("s", VariableDataType.INTEGER, BigDecimal.ONE, null, null, true));
        ReportedVariable power = new ReportedVariable(new ComponentRef("EVSE", null, 1, null), VariableRef.of("Power"),
                List.of(new VariableAttribute(AttributeType.ACTUAL, "0", Mutability.READ_ONLY, false, false),
                        new VariableAttribute(AttributeType.MAX_SET, "22000", Mutability.READ_ONLY, true, true)),
                null);
        platform.deviceModels.applyReportPart(StationId.of("CP-1"),
                new DeviceReportPart(42, 0, true, AT, List.of(heartbeat)), AT);
        platform.deviceModels.applyReportPart(StationId.of("CP-1"),
                new DeviceReportPart(42, 1, false, AT, List.of(power)), AT.plusSeconds(1));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anOperatorFindsAVariableWithItsValueAndLimitsInTheSpecsSpelling() {
        JsonNode page = api.get("/api/v1/stations/CP-1/device-model/variables?component=ocppcommctrlr").json();

        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode variable = page.path("items").get(0);
        assertThat(variable.path("component").path("name").asText()).isEqualTo("OCPPCommCtrlr");
        assertThat(variable.path("variable").path("name").asText()).isEqualTo("HeartbeatInterval");
        assertThat(variable.path("attributes").get(0).path("type").asText()).isEqualTo("Actual");
        assertThat(variable.path("attributes").get(0).path("value").asText()).isEqualTo("300");
        assertThat(variable.path("attributes").get(0).path("mutability").asText()).isEqualTo("ReadWrite");
        assertThat(variable.path("characteristics").path("dataType").asText()).isEqualTo("integer");
        assertThat(variable.path("characteristics").path("unit").asText()).isEqualTo("s");
    }

    @Test
    void variablesOfOneEvseAreFoundByItsId() {
        JsonNode page = api.get("/api/v1/stations/CP-1/device-model/variables?evseId=1").json();

        assertThat(page.path("items").valueStream().map(v -> v.path("variable").path("name").asText()))
                .containsExactly("Power");
        assertThat(page.path("items").get(0).path("attributes").valueStream().map(a -> a.path("type").asText()))
                .containsExactlyInAnyOrder("Actual", "MaxSet");
    }

    @Test
    void theComponentsAndTheReportThatFilledThemAreListed() {
        JsonNode components = api.get("/api/v1/stations/CP-1/device-model/components").json();
        JsonNode reports = api.get("/api/v1/stations/CP-1/device-model/reports").json();

        assertThat(components.path("items").valueStream().map(c -> c.path("component").path("name").asText()))
                .containsExactlyInAnyOrder("OCPPCommCtrlr", "EVSE");
        JsonNode report = reports.path("items").get(0);
        assertThat(report.path("requestId").asInt()).isEqualTo(42);
        assertThat(report.path("partsReceived").asInt()).isEqualTo(2);
        assertThat(report.path("complete").asBoolean()).isTrue();
    }

    @Test
    void anUnknownStationIs404AndABadEvseIdIs400() {
        assertThat(api.get("/api/v1/stations/CP-NONE/device-model/variables").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/stations/CP-1/device-model/variables?evseId=one").status()).isEqualTo(400);
    }
}
