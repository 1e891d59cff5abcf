package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 IdTokenInfoType: contains status information about an identifier.
 *
 * @param cacheExpiryDateTime Date and Time after which the token must be considered invalid.
 * @param chargingPriority Priority from a business point of view.
 * @param language1 Preferred user interface language of identifier user.
 * @param evseId Only used when the IdToken is only valid for one or more specific EVSEs, not for the entire
 * Charging Station.
 * @param language2 Second preferred user interface language of identifier user.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record IdTokenInfoType(
        AuthorizationStatusEnumType status,
        Instant cacheExpiryDateTime,
        Integer chargingPriority,
        String language1,
        List<Integer> evseId,
        IdTokenType groupIdToken,
        String language2,
        MessageContentType personalMessage,
        CustomDataType customData) {

    public IdTokenInfoType {
        Require.present(status, "status");
        Require.maxLength(language1, 8, "language1");
        evseId = Require.size(evseId, 1, Integer.MAX_VALUE, "evseId");
        Require.maxLength(language2, 8, "language2");
        // Not in the schema; the spec's field description: "The range is from -9 to 9."
        Require.atLeast(chargingPriority, -9, "chargingPriority");
        Require.atMost(chargingPriority, 9, "chargingPriority");
    }

    /** The required fields only. */
    public static IdTokenInfoType of(AuthorizationStatusEnumType status) {
        return new IdTokenInfoType(status, null, null, null, null, null, null, null, null);
    }
}
