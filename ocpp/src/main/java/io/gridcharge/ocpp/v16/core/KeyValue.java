package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §7.29 KeyValue: one configuration key in GetConfiguration.conf; value absent when unknown or secret. */
public record KeyValue(String key, Boolean readonly, String value) {
    public KeyValue {
        Require.present(key, "key");
        Require.maxLength(key, 50, "key");
        Require.present(readonly, "readonly");
        Require.maxLength(value, 500, "value");
    }
}
