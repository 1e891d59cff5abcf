package io.gridcharge.sim.ocpp16;

import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A charging profile builder: {@code aProfile(1).txDefault().relative().amps().period(0, "16")...build()}. */
final class Profiles {
    private final int id;
    private int stackLevel;
    private Integer transactionId;
    private ChargingProfilePurposeType purpose = ChargingProfilePurposeType.TxDefaultProfile;
    private ChargingProfileKindType kind = ChargingProfileKindType.Relative;
    private ChargingRateUnitType unit = ChargingRateUnitType.A;
    private Instant startSchedule;
    private Integer duration;
    private final List<ChargingSchedulePeriod> periods = new ArrayList<>();

    private Profiles(int id) {
        this.id = id;
    }

    static Profiles aProfile(int id) {
        return new Profiles(id);
    }

    Profiles stackLevel(int level) {
        stackLevel = level;
        return this;
    }

    Profiles txProfile(Integer transaction) {
        purpose = ChargingProfilePurposeType.TxProfile;
        transactionId = transaction;
        return this;
    }

    Profiles stationMax() {
        purpose = ChargingProfilePurposeType.ChargePointMaxProfile;
        return this;
    }

    Profiles absoluteFrom(Instant start) {
        kind = ChargingProfileKindType.Absolute;
        startSchedule = start;
        return this;
    }

    Profiles watts() {
        unit = ChargingRateUnitType.W;
        return this;
    }

    Profiles duration(int seconds) {
        duration = seconds;
        return this;
    }

    Profiles period(int startSeconds, String limit) {
        periods.add(new ChargingSchedulePeriod(startSeconds, new BigDecimal(limit), null));
        return this;
    }

    ChargingProfile build() {
        return new ChargingProfile(id, transactionId, stackLevel, purpose, kind, null, null, null,
                new ChargingSchedule(duration, startSchedule, unit, periods, null));
    }
}
