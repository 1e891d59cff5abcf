package io.gridcharge.gateway.v16;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.Phase;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterReadingsTest {
    private static final Instant AT = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void spellsMeasurandPhaseAndUnitAsOnTheWire() {
        var reading = MeterReadings.read(List.of(new MeterValue(AT, List.of(new SampledValue("230.1", null, null,
                Measurand.Voltage, Phase.L1_N, null, UnitOfMeasure.V)))), "meterValue");

        assertThat(reading.samples()).singleElement().satisfies(sample -> {
            assertThat(sample.measurand()).isEqualTo("Voltage");
            assertThat(sample.phase()).isEqualTo("L1-N");
            assertThat(sample.unit()).isEqualTo("V");
            assertThat(sample.at()).isEqualTo(AT);
        });
    }

    @Test
    void listsValuesThatAreNotPlausibleDecimalsByTheirPath() {
        var reading = MeterReadings.read(List.of(new MeterValue(AT, List.of(raw("1.5"), raw("12,5"), raw("NaN"))),
                new MeterValue(AT, List.of(raw("1E999999999"), raw("-3")))), "meterValue");

        assertThat(reading.samples()).hasSize(2);
        assertThat(reading.unreadable()).containsExactly("meterValue[0].sampledValue[1].value",
                "meterValue[0].sampledValue[2].value", "meterValue[1].sampledValue[0].value");
    }

    private static SampledValue raw(String value) {
        return new SampledValue(value, null, null, null, null, null, null);
    }
}
