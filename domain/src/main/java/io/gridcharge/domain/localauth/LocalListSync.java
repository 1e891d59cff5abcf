package io.gridcharge.domain.localauth;

/**
 * How sending a station its local list went. {@code outcome} is the station's answer to the last update sent,
 * null when nothing had to be sent (a differential with no change). {@code version} is the version the
 * station holds afterwards as far as the platform knows (null: none accepted yet); {@code updates} counts the
 * SendLocalList calls made (a list longer than SendLocalListMaxLength goes in parts), {@code entries} the
 * entries they carried; {@code fellBackToFull} says a differential met VersionMismatch and the whole list
 * followed.
 */
public record LocalListSync(LocalListOutcome outcome, boolean full, Integer version, int updates, int entries,
                            boolean fellBackToFull) {
    public boolean upToDate() {
        return outcome == null;
    }
}
