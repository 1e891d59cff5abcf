package io.gridcharge.ocpp.v16.smartcharging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingProfileTest {
    private static final ChargingSchedule SCHEDULE = new ChargingSchedule(null, null, ChargingRateUnitType.W,
            List.of(new ChargingSchedulePeriod(0, new BigDecimal("11000"), null)), null);

    @Test
    void refusesAProfileWithoutId() {
        assertMissing("chargingProfileId", () -> new ChargingProfile(null, null, 0,
                ChargingProfilePurposeType.TxDefaultProfile, ChargingProfileKindType.Absolute, null, null, null, SCHEDULE));
    }

    @Test
    void refusesAProfileWithoutStackLevel() {
        assertMissing("stackLevel", () -> new ChargingProfile(1, null, null,
                ChargingProfilePurposeType.TxDefaultProfile, ChargingProfileKindType.Absolute, null, null, null, SCHEDULE));
    }

    @Test
    void refusesAProfileWithoutPurposeOrKind() {
        assertMissing("chargingProfilePurpose", () -> new ChargingProfile(1, null, 0,
                null, ChargingProfileKindType.Absolute, null, null, null, SCHEDULE));
        assertMissing("chargingProfileKind", () -> new ChargingProfile(1, null, 0,
                ChargingProfilePurposeType.TxDefaultProfile, null, null, null, null, SCHEDULE));
    }

    @Test
    void refusesAProfileWithoutSchedule() {
        assertMissing("chargingSchedule", () -> new ChargingProfile(1, null, 0,
                ChargingProfilePurposeType.TxDefaultProfile, ChargingProfileKindType.Absolute, null, null, null, null));
    }

    @Test
    void refusesASetChargingProfileWithoutConnectorOrProfile() {
        ChargingProfile profile = new ChargingProfile(1, null, 0, ChargingProfilePurposeType.ChargePointMaxProfile,
                ChargingProfileKindType.Absolute, null, null, null, SCHEDULE);

        assertMissing("connectorId", () -> new SetChargingProfileRequest(null, profile));
        assertMissing("csChargingProfiles", () -> new SetChargingProfileRequest(0, null));
    }

    private static void assertMissing(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns(field, PayloadViolation::field);
    }
}
