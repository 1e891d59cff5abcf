package io.gridcharge.api.billing;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.domain.billing.Money;
import java.math.BigDecimal;

/** Decimal strings of requests as exact numbers; a malformed one is filed under its field. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal decimal(InputErrors errors, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.precision() - value.scale() > 12) {
                errors.reject(field, "is too large");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.reject(field, "must be a decimal number such as 12.50");
            return null;
        }
    }

    static Money money(InputErrors errors, String amount, String currency) {
        BigDecimal value = decimal(errors, "amount", errors.required("amount", amount));
        var code = errors.optional("currency", errors.required("currency", currency), Money::currencyOf);
        return value == null || code == null ? null : Money.of(value, code);
    }
}
