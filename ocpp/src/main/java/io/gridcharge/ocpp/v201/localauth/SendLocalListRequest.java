package io.gridcharge.ocpp.v201.localauth;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SendLocalListRequest (functional block D Local authorization list management, use case D01): the
 * CSMS sends a full or differential local authorization list.
 *
 * @param versionNumber In case of a full update this is the version number of the full list.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SendLocalListRequest(
        List<AuthorizationData> localAuthorizationList,
        Integer versionNumber,
        UpdateEnumType updateType,
        CustomDataType customData) implements OcppRequest<SendLocalListResponse> {

    public SendLocalListRequest {
        localAuthorizationList = Require.size(localAuthorizationList, 1, Integer.MAX_VALUE, "localAuthorizationList");
        Require.present(versionNumber, "versionNumber");
        Require.present(updateType, "updateType");
    }

    /** The required fields only. */
    public static SendLocalListRequest of(Integer versionNumber, UpdateEnumType updateType) {
        return new SendLocalListRequest(null, versionNumber, updateType, null);
    }
}
