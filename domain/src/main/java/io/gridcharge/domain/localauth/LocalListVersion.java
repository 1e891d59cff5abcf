package io.gridcharge.domain.localauth;

import io.gridcharge.domain.command.CommandResult;

/** A station's answer to GetLocalListVersion: 0 an empty list, -1 no local list support (OCPP 1.6 §5.10). */
public record LocalListVersion(int listVersion) implements CommandResult {
    public boolean supported() {
        return listVersion >= 0;
    }
}
