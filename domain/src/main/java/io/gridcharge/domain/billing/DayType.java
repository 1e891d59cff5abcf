package io.gridcharge.domain.billing;

/** Which energy prices apply on a day: working days, weekends, and the holidays a tariff lists. */
public enum DayType {
    WEEKDAY, WEEKEND, HOLIDAY
}
