package io.gridcharge.ocpp.v16.localauth;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 1.6 §6.41 SendLocalList.req. The list's upper bound is the station's SendLocalListMaxLength
 * configuration key, not a schema rule, so it is not checked here.
 */
public record SendLocalListRequest(
        Integer listVersion,
        List<AuthorizationData> localAuthorizationList,
        UpdateType updateType) implements OcppRequest<SendLocalListResponse> {
    public SendLocalListRequest {
        Require.present(listVersion, "listVersion");
        localAuthorizationList = Require.size(localAuthorizationList, 0, Integer.MAX_VALUE, "localAuthorizationList");
        Require.present(updateType, "updateType");
    }
}
