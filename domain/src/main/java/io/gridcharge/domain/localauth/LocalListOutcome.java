package io.gridcharge.domain.localauth;

import java.util.Locale;

/** A station's answer to a local list update (OCPP 1.6 §7.47 UpdateStatus). */
public enum LocalListOutcome {
    ACCEPTED, FAILED, NOT_SUPPORTED, VERSION_MISMATCH;

    /** The answer as the station spelled it ("Accepted", "VersionMismatch", ...). */
    public static LocalListOutcome fromStatus(String status) {
        if (status == null) {
            throw new IllegalArgumentException("a local list update was answered without a status");
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "accepted" -> ACCEPTED;
            case "failed" -> FAILED;
            case "notsupported" -> NOT_SUPPORTED;
            case "versionmismatch" -> VERSION_MISMATCH;
            default -> throw new IllegalArgumentException("unknown local list update status " + status);
        };
    }
}
