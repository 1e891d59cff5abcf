package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/** OCPP 1.6 §7.33 MeterValue: the values sampled at one instant. */
public record MeterValue(Instant timestamp, List<SampledValue> sampledValue) {
    public MeterValue {
        Require.present(timestamp, "timestamp");
        Require.present(sampledValue, "sampledValue");
        sampledValue = Require.size(sampledValue, 1, Integer.MAX_VALUE, "sampledValue");
    }
}
