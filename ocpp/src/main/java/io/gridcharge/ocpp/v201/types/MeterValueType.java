package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 MeterValueType: collection of one or more sampled values in MeterValuesRequest and
 * TransactionEvent.
 *
 * @param timestamp Timestamp for measured value(s).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MeterValueType(
        List<SampledValueType> sampledValue,
        Instant timestamp,
        CustomDataType customData) {

    public MeterValueType {
        Require.present(sampledValue, "sampledValue");
        sampledValue = Require.size(sampledValue, 1, Integer.MAX_VALUE, "sampledValue");
        Require.present(timestamp, "timestamp");
    }

    /** The required fields only. */
    public static MeterValueType of(List<SampledValueType> sampledValue, Instant timestamp) {
        return new MeterValueType(sampledValue, timestamp, null);
    }
}
