package io.gridcharge.api.command;

import io.gridcharge.api.energy.ChargingProfileJson;
import java.util.List;

/** The bodies of the typed command endpoints. */
final class CommandRequests {
    private CommandRequests() {
    }

    /** The profile, if any, is the TxProfile of the transaction the station starts. */
    record RemoteStart(Integer connectorId, String idToken, ChargingProfileJson chargingProfile) {
    }

    record RemoteStop(Long transactionId) {
    }

    record Reset(String type) {
    }

    record Unlock(Integer connectorId) {
    }

    record ChangeAvailability(Integer connectorId, Boolean operative) {
    }

    record ChangeConfiguration(String key, String value) {
    }

    record GetConfiguration(List<String> keys) {
    }

    record ClearCache() {
    }

    record TriggerMessage(String requestedMessage, Integer connectorId) {
    }
}
