package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v16.types.IdTagInfo;

/** OCPP 1.6 §6.50 StopTransaction.conf; idTagInfo is present when the stop request carried an idTag. */
public record StopTransactionResponse(IdTagInfo idTagInfo) implements OcppResponse {
}
