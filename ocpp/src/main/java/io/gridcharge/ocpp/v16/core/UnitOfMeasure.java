package io.gridcharge.ocpp.v16.core;

/**
 * OCPP 1.6 §7.45 UnitOfMeasure; absent means Wh (§7.43). Both spellings of degrees Celsius are valid: the
 * spec text writes {@code Celsius}, the original 1.6 JSON schema {@code Celcius}, and stations in the field
 * send either, so both read and both mean the same unit.
 */
public enum UnitOfMeasure {
    Wh, kWh, varh, kvarh, W, kW, VA, kVA, var, kvar, A, V, K, Celcius, Celsius, Fahrenheit, Percent
}
