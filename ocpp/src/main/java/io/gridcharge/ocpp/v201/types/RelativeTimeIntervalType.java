package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 RelativeTimeIntervalType: a period of a sales tariff entry, in seconds from the start of the schedule
 * (ISO 15118).
 *
 * @param start Start of the interval, in seconds from NOW.
 * @param duration Duration of the interval, in seconds.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record RelativeTimeIntervalType(
        Integer start,
        Integer duration,
        CustomDataType customData) {

    public RelativeTimeIntervalType {
        Require.present(start, "start");
    }

    /** The required fields only. */
    public static RelativeTimeIntervalType of(Integer start) {
        return new RelativeTimeIntervalType(start, null, null);
    }
}
