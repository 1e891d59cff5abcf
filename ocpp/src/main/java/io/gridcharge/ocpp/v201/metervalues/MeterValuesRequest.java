package io.gridcharge.ocpp.v201.metervalues;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 MeterValuesRequest (functional block J Meter values, use case J01): the station sends meter values
 * outside a transaction.
 *
 * @param evseId This contains a number (&gt;0) designating an EVSE of the Charging Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MeterValuesRequest(
        Integer evseId,
        List<MeterValueType> meterValue,
        CustomDataType customData) implements OcppRequest<MeterValuesResponse> {

    public MeterValuesRequest {
        Require.present(evseId, "evseId");
        Require.present(meterValue, "meterValue");
        meterValue = Require.size(meterValue, 1, Integer.MAX_VALUE, "meterValue");
    }

    /** The required fields only. */
    public static MeterValuesRequest of(Integer evseId, List<MeterValueType> meterValue) {
        return new MeterValuesRequest(evseId, meterValue, null);
    }
}
