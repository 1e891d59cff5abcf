package io.gridcharge.domain.wallet;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.InvalidInput;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (ISO 3779): 17 characters of digits and capital letters without I, O and Q.
 * A car that charges by plug-and-charge presents it as its id token, bare or as "VID" followed by the VIN
 * (the convention of cars and stations speaking OCPP 1.6, whose idTag holds 20 characters).
 */
public record Vin(String value) {
    private static final Pattern ISO_3779 = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final String PREFIX = "VID";

    public Vin {
        if (value == null || !ISO_3779.matcher(value).matches()) {
            throw new InvalidInput("vin", "must be 17 digits and capital letters other than I, O and Q (ISO 3779)");
        }
    }

    /** A VIN as typed, in lower or upper case, with the "VID" prefix or without. */
    public static Vin parse(String text) {
        String upper = text == null ? null : text.strip().toUpperCase(Locale.ROOT);
        if (upper != null && upper.length() == 20 && upper.startsWith(PREFIX)) {
            upper = upper.substring(PREFIX.length());
        }
        return new Vin(upper);
    }

    /** The id tokens a car presents at plug-and-charge: the VIN itself and "VID" + VIN. */
    public List<IdToken> idTokens() {
        return List.of(IdToken.of(value), IdToken.of(PREFIX + value));
    }

    @Override
    public String toString() {
        return value;
    }
}
