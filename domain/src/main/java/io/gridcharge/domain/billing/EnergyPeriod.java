package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * The energy price per kWh from {@code fromMinute} (inclusive) to {@code toMinute} (exclusive) of the local
 * day, on days of one {@link DayType}: a peak, flat or off-peak period of a time-of-use tariff. Minutes count
 * from local midnight; 1440 is the end of the day ("24:00").
 */
public record EnergyPeriod(DayType dayType, int fromMinute, int toMinute, BigDecimal pricePerKwh) {
    public static final int DAY_MINUTES = 24 * 60;

    public EnergyPeriod {
        Require.present(dayType, "dayType");
        if (fromMinute < 0 || fromMinute >= DAY_MINUTES) {
            throw new InvalidInput("from", "must be a time of day from 00:00 to 23:59");
        }
        if (toMinute <= fromMinute || toMinute > DAY_MINUTES) {
            throw new InvalidInput("to", "must be after from and at most 24:00");
        }
        UnitPrice.check(pricePerKwh, "pricePerKwh");
    }

    /** "HH:MM" to minutes of the day; "24:00" is the end of the day. */
    public static int minuteOf(String text, String field) {
        Require.present(text, field);
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new InvalidInput(field, "must be a time of day as HH:MM (24:00 for the end of the day)");
        }
        int hours = Integer.parseInt(text.substring(0, 2));
        int minutes = Integer.parseInt(text.substring(3));
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
            throw new InvalidInput(field, "must be a time of day as HH:MM (24:00 for the end of the day)");
        }
        return hours * 60 + minutes;
    }

    public static String textOf(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }

    public boolean covers(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        return minute >= fromMinute && minute < toMinute;
    }

    @Override
    public String toString() {
        return dayType + " " + textOf(fromMinute) + "-" + textOf(toMinute);
    }
}
