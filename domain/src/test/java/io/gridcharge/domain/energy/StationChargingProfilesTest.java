package io.gridcharge.domain.energy;

import static io.gridcharge.domain.energy.Profiles.aStationMax;
import static io.gridcharge.domain.energy.Profiles.aTxDefault;
import static io.gridcharge.domain.energy.Profiles.aTxProfile;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.station.StationId;
import org.junit.jupiter.api.Test;

/** What a station holds after SetChargingProfile and ClearChargingProfile (OCPP 1.6 §3.13.2, §5.5). */
class StationChargingProfilesTest {
    private static final StationId STATION = StationId.of("CP-1");

    @Test
    void aProfileWithTheSameIdReplacesTheOldOneWherever() {
        var held = StationChargingProfiles.none(STATION)
                .install(aTxDefault().id(5).stackLevel(0).on(1))
                .install(aTxDefault().id(5).stackLevel(2).on(2));

        assertThat(held.profiles()).containsExactly(aTxDefault().id(5).stackLevel(2).on(2));
    }

    @Test
    void aProfileWithTheSameStackLevelAndPurposeOnTheConnectorReplacesTheOldOne() {
        var held = StationChargingProfiles.none(STATION)
                .install(aTxDefault().id(1).stackLevel(1).period(0, "16").on(1))
                .install(aTxDefault().id(2).stackLevel(1).period(0, "10").on(1));

        assertThat(held.profiles()).containsExactly(aTxDefault().id(2).stackLevel(1).period(0, "10").on(1));
    }

    @Test
    void profilesOnOtherConnectorsLevelsOrPurposesStack() {
        var held = StationChargingProfiles.none(STATION)
                .install(aTxDefault().id(1).stackLevel(1).on(1))
                .install(aTxDefault().id(2).stackLevel(1).on(2))
                .install(aTxDefault().id(3).stackLevel(2).on(1))
                .install(aStationMax().id(4).stackLevel(1).on(0));

        assertThat(held.profiles()).extracting(p -> p.profile().id()).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void clearingByIdRemovesThatProfileAndIgnoresTheOtherCriteria() {
        var held = StationChargingProfiles.none(STATION)
                .install(aTxDefault().id(1).on(1))
                .install(aTxDefault().id(2).stackLevel(1).on(1));

        var cleared = held.clear(new ClearCriteria(2, 7, ChargingProfilePurpose.CHARGE_POINT_MAX, 9));

        assertThat(cleared.profiles()).extracting(p -> p.profile().id()).containsExactly(1);
    }

    @Test
    void clearingByCriteriaRemovesWhatMatchesThemAll() {
        var held = StationChargingProfiles.none(STATION)
                .install(aStationMax().id(1).on(0))
                .install(aTxDefault().id(2).stackLevel(0).on(1))
                .install(aTxDefault().id(3).stackLevel(1).on(1))
                .install(aTxDefault().id(4).stackLevel(1).on(2));

        var cleared = held.clear(new ClearCriteria(null, 1, ChargingProfilePurpose.TX_DEFAULT, 1));

        assertThat(cleared.profiles()).extracting(p -> p.profile().id()).containsExactlyInAnyOrder(1, 2, 4);
        assertThat(held.clear(ClearCriteria.everything()).profiles()).isEmpty();
    }

    @Test
    void theEndOfATransactionEndsItsTxProfilesAndNoOthers() {
        var held = StationChargingProfiles.none(STATION)
                .install(aTxProfile().id(1).forTransaction(7).on(1))
                .install(aTxProfile().id(2).stackLevel(1).on(1))
                .install(aTxProfile().id(3).forTransaction(8).on(2))
                .install(aTxDefault().id(4).on(1));

        var after = held.endTransaction(7, 1);

        assertThat(after.profiles()).extracting(p -> p.profile().id()).containsExactlyInAnyOrder(3, 4);
    }
}
