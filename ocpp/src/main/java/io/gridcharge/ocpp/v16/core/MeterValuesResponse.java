package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;

/** OCPP 1.6 §6.32 MeterValues.conf; it has no fields. */
public record MeterValuesResponse() implements OcppResponse {
}
