package io.gridcharge.ocpp;

import java.util.Objects;

/**
 * One row of a version's action catalog: the action name as it travels in a CALL, the records of its
 * request and response payloads, and who may send the request. Build rows with the factories, which check
 * at compile time that the response record is the one the request record names.
 */
public record ActionDefinition(
        String name,
        Class<? extends OcppRequest<?>> requestType,
        Class<? extends OcppResponse> responseType,
        ActionDirection direction) {

    public ActionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(direction, "direction");
    }

    public static <R extends OcppResponse> ActionDefinition stationToCsms(
            String name, Class<? extends OcppRequest<R>> requestType, Class<R> responseType) {
        return new ActionDefinition(name, requestType, responseType, ActionDirection.STATION_TO_CSMS);
    }

    public static <R extends OcppResponse> ActionDefinition csmsToStation(
            String name, Class<? extends OcppRequest<R>> requestType, Class<R> responseType) {
        return new ActionDefinition(name, requestType, responseType, ActionDirection.CSMS_TO_STATION);
    }

    public static <R extends OcppResponse> ActionDefinition bothWays(
            String name, Class<? extends OcppRequest<R>> requestType, Class<R> responseType) {
        return new ActionDefinition(name, requestType, responseType, ActionDirection.BOTH);
    }
}
