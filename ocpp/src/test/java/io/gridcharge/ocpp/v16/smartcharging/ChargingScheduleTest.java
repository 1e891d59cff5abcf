package io.gridcharge.ocpp.v16.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChargingScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"8.1", "16.00", "7000", "0.0"})
    void acceptsLimitsWithAtMostOneSignificantDecimal(String limit) {
        assertThat(new ChargingSchedulePeriod(0, new BigDecimal(limit), null).limit()).isEqualByComparingTo(limit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.15", "0.05", "11000.01"})
    void refusesALimitFinerThanOneTenth(String limit) {
        assertThatThrownBy(() -> new ChargingSchedulePeriod(0, new BigDecimal(limit), 3))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("limit", PayloadViolation::field);
    }

    @Test
    void refusesAMinimumChargingRateFinerThanOneTenth() {
        assertThatThrownBy(() -> scheduleWith(periods(), new BigDecimal("6.25")))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("minChargingRate", PayloadViolation::field);
    }

    @Test
    void refusesAPeriodWithoutStartOrLimit() {
        assertThatThrownBy(() -> new ChargingSchedulePeriod(null, BigDecimal.TEN, null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("startPeriod", PayloadViolation::field);
        assertThatThrownBy(() -> new ChargingSchedulePeriod(0, null, null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns("limit", PayloadViolation::field);
    }

    @Test
    void refusesAScheduleWithoutRateUnitOrPeriods() {
        assertThatThrownBy(() -> new ChargingSchedule(null, null, null, periods(), null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("chargingRateUnit", PayloadViolation::field);
        assertThatThrownBy(() -> new ChargingSchedule(null, null, ChargingRateUnitType.A, null, null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("chargingSchedulePeriod", PayloadViolation::field);
    }

    @Test
    void refusesAMissingPeriodInsideTheList() {
        List<ChargingSchedulePeriod> withHole = Arrays.asList(period(0, "16.0"), null);

        assertThatThrownBy(() -> scheduleWith(withHole, null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns("chargingSchedulePeriod", PayloadViolation::field);
    }

    /** The official schema sets no minItems, so a station reporting an empty composite schedule is read. */
    @Test
    void acceptsAnEmptyPeriodListAsTheOfficialSchemaDoes() {
        assertThat(scheduleWith(List.of(), null).chargingSchedulePeriod()).isEmpty();
    }

    /** Regression: the null-item check once called List.contains(null), which List.of answers by throwing. */
    @Test
    void acceptsPeriodsGivenAsAnImmutableList() {
        assertThat(scheduleWith(List.of(period(0, "16.0")), null).chargingSchedulePeriod()).hasSize(1);
    }

    @Test
    void keepsItsPeriodsWhenTheCallersListChangesAfterwards() {
        List<ChargingSchedulePeriod> periods = new ArrayList<>(periods());
        ChargingSchedule schedule = scheduleWith(periods, null);

        periods.clear();

        assertThat(schedule.chargingSchedulePeriod()).hasSize(2);
        assertThatThrownBy(() -> schedule.chargingSchedulePeriod().add(period(60, "8.0")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static ChargingSchedule scheduleWith(List<ChargingSchedulePeriod> periods, BigDecimal minChargingRate) {
        return new ChargingSchedule(3_600, null, ChargingRateUnitType.A, periods, minChargingRate);
    }

    private static List<ChargingSchedulePeriod> periods() {
        return List.of(period(0, "32.0"), period(1_800, "16.0"));
    }

    private static ChargingSchedulePeriod period(int startPeriod, String limit) {
        return new ChargingSchedulePeriod(startPeriod, new BigDecimal(limit), null);
    }
}
