package io.gridcharge.domain.energy;

import io.gridcharge.domain.command.CommandReply;

/** The station's answer to SetChargingProfile, and the profile as it was sent (a TxProfile names its transaction). */
public record ProfileInstallation(CommandReply reply, InstalledChargingProfile sent) {
}
