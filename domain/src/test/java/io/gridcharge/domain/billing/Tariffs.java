package io.gridcharge.domain.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds tariff versions for tests: {@code aTariff().weekday("00:00", "07:00", "0.20")...build()}. */
public final class Tariffs {
    public static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private Instant validFrom = LONG_AGO;
    private String currency = "EUR";
    private final List<EnergyPeriod> periods = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private BigDecimal serviceFee;
    private BigDecimal perMinute;
    private BigDecimal idleFee;
    private Duration grace;
    private BigDecimal sessionFee;
    private BigDecimal minimum;
    private BigDecimal maximum;

    private Tariffs() {
    }

    public static Tariffs aTariff() {
        return new Tariffs();
    }

    /** One price per kWh all day, every day. */
    public static Tariffs aFlatTariff(String pricePerKwh) {
        return aTariff().weekday("00:00", "24:00", pricePerKwh).weekend("00:00", "24:00", pricePerKwh);
    }

    public Tariffs validFrom(String instant) {
        validFrom = Instant.parse(instant);
        return this;
    }

    public Tariffs in(String currencyCode) {
        currency = currencyCode;
        return this;
    }

    public Tariffs weekday(String from, String to, String price) {
        return period(DayType.WEEKDAY, from, to, price);
    }

    public Tariffs weekend(String from, String to, String price) {
        return period(DayType.WEEKEND, from, to, price);
    }

    public Tariffs holiday(String from, String to, String price) {
        return period(DayType.HOLIDAY, from, to, price);
    }

    public Tariffs period(DayType dayType, String from, String to, String price) {
        periods.add(new EnergyPeriod(dayType, EnergyPeriod.minuteOf(from, "from"), EnergyPeriod.minuteOf(to, "to"),
                new BigDecimal(price)));
        return this;
    }

    public Tariffs holidayOn(String date) {
        holidays.add(LocalDate.parse(date));
        return this;
    }

    public Tariffs serviceFeePerKwh(String fee) {
        serviceFee = new BigDecimal(fee);
        return this;
    }

    public Tariffs perMinute(String price) {
        perMinute = new BigDecimal(price);
        return this;
    }

    public Tariffs idleFee(String perMinute, int graceMinutes) {
        idleFee = new BigDecimal(perMinute);
        grace = Duration.ofMinutes(graceMinutes);
        return this;
    }

    public Tariffs sessionFee(String fee) {
        sessionFee = new BigDecimal(fee);
        return this;
    }

    public Tariffs minimum(String amount) {
        minimum = new BigDecimal(amount);
        return this;
    }

    public Tariffs maximum(String amount) {
        maximum = new BigDecimal(amount);
        return this;
    }

    public TariffVersion version() {
        return new TariffVersion(validFrom, Currency.getInstance(currency), periods, holidays, serviceFee, perMinute,
                idleFee, grace, sessionFee, minimum, maximum);
    }

    public Tariff build() {
        return new Tariff(List.of(version()));
    }
}
