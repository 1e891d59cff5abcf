package io.gridcharge.domain.energy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A builder of charging profiles with plausible defaults: absolute, stack level 0, amperes, valid for ever. */
final class Profiles {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private int id = 1;
    private int stackLevel;
    private final ChargingProfilePurpose purpose;
    private ChargingProfileKind kind = ChargingProfileKind.ABSOLUTE;
    private RecurrencyKind recurrency;
    private Instant validFrom;
    private Instant validTo;
    private Long transactionId;
    private Instant start = T0;
    private Integer duration;
    private ChargingRateUnit unit = ChargingRateUnit.AMPERES;
    private final List<ChargingSchedulePeriod> periods = new ArrayList<>();

    private Profiles(ChargingProfilePurpose purpose) {
        this.purpose = purpose;
    }

    static Profiles aStationMax() {
        return new Profiles(ChargingProfilePurpose.CHARGE_POINT_MAX);
    }

    static Profiles aTxDefault() {
        return new Profiles(ChargingProfilePurpose.TX_DEFAULT);
    }

    static Profiles aTxProfile() {
        return new Profiles(ChargingProfilePurpose.TX);
    }

    Profiles id(int id) {
        this.id = id;
        return this;
    }

    Profiles stackLevel(int level) {
        this.stackLevel = level;
        return this;
    }

    Profiles startingAt(Instant start) {
        this.start = start;
        return this;
    }

    Profiles relative() {
        this.kind = ChargingProfileKind.RELATIVE;
        this.start = null;
        return this;
    }

    Profiles recurring(RecurrencyKind recurrency) {
        this.kind = ChargingProfileKind.RECURRING;
        this.recurrency = recurrency;
        return this;
    }

    Profiles lasting(int seconds) {
        this.duration = seconds;
        return this;
    }

    Profiles validBetween(Instant from, Instant to) {
        this.validFrom = from;
        this.validTo = to;
        return this;
    }

    Profiles forTransaction(long transactionId) {
        this.transactionId = transactionId;
        return this;
    }

    Profiles inWatts() {
        this.unit = ChargingRateUnit.WATTS;
        return this;
    }

    /** A period from {@code startPeriod} seconds at {@code limit}, on the default phases. */
    Profiles period(int startPeriod, String limit) {
        periods.add(new ChargingSchedulePeriod(startPeriod, new BigDecimal(limit), null));
        return this;
    }

    Profiles period(int startPeriod, String limit, int phases) {
        periods.add(new ChargingSchedulePeriod(startPeriod, new BigDecimal(limit), phases));
        return this;
    }

    ChargingProfile build() {
        List<ChargingSchedulePeriod> schedule = periods.isEmpty()
                ? List.of(new ChargingSchedulePeriod(0, new BigDecimal("16"), null)) : periods;
        return new ChargingProfile(id, stackLevel, purpose, kind, recurrency, validFrom, validTo, transactionId,
                new ChargingSchedule(start, duration, unit, schedule, null));
    }

    InstalledChargingProfile on(int connectorId) {
        return new InstalledChargingProfile(connectorId, build());
    }
}
