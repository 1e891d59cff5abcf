package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 §7.43 SampledValue: one reading. The value is a string on the wire (a decimal for Raw, an opaque
 * blob for SignedData); absent optional fields take the defaults §7.43 names, which the readers apply, not
 * this record, so what was sent stays distinguishable from what was implied.
 */
public record SampledValue(
        String value,
        ReadingContext context,
        ValueFormat format,
        Measurand measurand,
        Phase phase,
        Location location,
        UnitOfMeasure unit) {

    public SampledValue {
        Require.present(value, "value");
    }
}
