package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;

/** Charging rates as OCPP 1.6's schema allows them: not negative, at most one decimal (multipleOf 0.1). */
final class Rates {
    private static final BigDecimal STEP = new BigDecimal("0.1");

    private Rates() {
    }

    static BigDecimal rate(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
        if (value.remainder(STEP).signum() != 0) {
            throw new InvalidInput(field, "must be a multiple of 0.1");
        }
        return plain(value);
    }

    /** The same number without trailing zeros, in plain notation: 16.0 reads as 16, 7400 stays 7400. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
