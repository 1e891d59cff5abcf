package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.regex.Pattern;

/** A hosted firmware image's identity: random and part of its download URL, so it cannot be guessed. */
public record FirmwareId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public FirmwareId {
        Require.present(value, "firmwareId");
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInput("firmwareId", "is not a firmware id");
        }
    }

    public static FirmwareId of(String value) {
        return new FirmwareId(value);
    }

    static FirmwareId random() {
        return new FirmwareId(Unguessable.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
