package io.gridcharge.api.command;

import java.util.List;

/** The bodies of the typed command endpoints. */
final class CommandRequests {
    private CommandRequests() {
    }

    record RemoteStart(Integer connectorId, String idToken) {
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
