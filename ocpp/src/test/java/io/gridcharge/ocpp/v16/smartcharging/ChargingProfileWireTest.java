package io.gridcharge.ocpp.v16.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Profiles as they travel in SetChargingProfile.req: read from the wire and written back unchanged. */
class ChargingProfileWireTest {

    @Test
    void aTransactionProfileRoundTrips() throws JsonProcessingException {
        String json = """
                {"connectorId":1,"csChargingProfiles":{"chargingProfileId":7,"transactionId":1234,"stackLevel":2,
                 "chargingProfilePurpose":"TxProfile","chargingProfileKind":"Absolute",
                 "validTo":"2025-03-01T20:00:00Z",
                 "chargingSchedule":{"duration":7200,"startSchedule":"2025-03-01T18:00:00Z","chargingRateUnit":"A",
                  "chargingSchedulePeriod":[{"startPeriod":0,"limit":16.0,"numberPhases":3},
                                            {"startPeriod":3600,"limit":8.1,"numberPhases":1}]}}}""";

        SetChargingProfileRequest request = OcppJson.decode(tree(json), SetChargingProfileRequest.class);

        ChargingProfile profile = request.csChargingProfiles();
        assertThat(profile.chargingProfilePurpose()).isEqualTo(ChargingProfilePurposeType.TxProfile);
        assertThat(profile.transactionId()).isEqualTo(1234);
        assertThat(profile.chargingSchedule().chargingSchedulePeriod().get(1).limit()).isEqualTo(new BigDecimal("8.1"));
        assertThat(profile.validTo()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
        assertWritesBackAs(request, json);
    }

    @Test
    void aRelativeDefaultProfileRoundTrips() throws JsonProcessingException {
        String json = """
                {"connectorId":0,"csChargingProfiles":{"chargingProfileId":3,"stackLevel":0,
                 "chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Relative",
                 "chargingSchedule":{"duration":1800,"chargingRateUnit":"W",
                  "chargingSchedulePeriod":[{"startPeriod":0,"limit":3700.0}],"minChargingRate":1380.0}}}""";

        SetChargingProfileRequest request = OcppJson.decode(tree(json), SetChargingProfileRequest.class);

        assertThat(request.csChargingProfiles().chargingProfileKind()).isEqualTo(ChargingProfileKindType.Relative);
        assertThat(request.csChargingProfiles().chargingSchedule().startSchedule()).isNull();
        assertWritesBackAs(request, json);
    }

    @Test
    void aRecurringStationLimitRoundTrips() throws JsonProcessingException {
        String json = """
                {"connectorId":0,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,
                 "chargingProfilePurpose":"ChargePointMaxProfile","chargingProfileKind":"Recurring",
                 "recurrencyKind":"Weekly","validFrom":"2025-01-06T00:00:00Z",
                 "chargingSchedule":{"duration":604800,"startSchedule":"2025-01-06T00:00:00Z","chargingRateUnit":"A",
                  "chargingSchedulePeriod":[{"startPeriod":0,"limit":63.0},{"startPeriod":432000,"limit":100.0}]}}}""";

        SetChargingProfileRequest request = OcppJson.decode(tree(json), SetChargingProfileRequest.class);

        assertThat(request.csChargingProfiles().recurrencyKind()).isEqualTo(RecurrencyKindType.Weekly);
        assertWritesBackAs(request, json);
    }

    @Test
    void aLimitFinerThanOneTenthOnTheWireIsRefusedNamingItsPath() {
        String json = """
                {"connectorId":1,"csChargingProfiles":{"chargingProfileId":7,"stackLevel":0,
                 "chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute",
                 "chargingSchedule":{"chargingRateUnit":"A",
                  "chargingSchedulePeriod":[{"startPeriod":0,"limit":16.0},{"startPeriod":600,"limit":16.05}]}}}""";

        assertThatThrownBy(() -> OcppJson.decode(tree(json), SetChargingProfileRequest.class))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("csChargingProfiles.chargingSchedule.chargingSchedulePeriod[1].limit", PayloadViolation::field);
    }

    private static JsonNode tree(String json) throws JsonProcessingException {
        return OcppJson.mapper().readTree(json);
    }

    private static void assertWritesBackAs(Object message, String json) throws JsonProcessingException {
        assertThat(OcppJson.encode(message)).isEqualTo(tree(json));
    }
}
