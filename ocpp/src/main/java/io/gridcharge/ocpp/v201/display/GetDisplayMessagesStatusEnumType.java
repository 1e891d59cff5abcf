package io.gridcharge.ocpp.v201.display;

/**
 * OCPP 2.0.1 GetDisplayMessagesStatusEnumType: indicates if the Charging Station has Display Messages that match
 * the request criteria in the GetDisplayMessagesRequest
 */
public enum GetDisplayMessagesStatusEnumType {
    Accepted, Unknown
}
