package io.gridcharge.api.energy;

import io.gridcharge.domain.energy.ClearChargingProfiles;
import io.gridcharge.domain.energy.CompareCompositeSchedule;
import io.gridcharge.domain.energy.InstallChargingProfile;
import io.gridcharge.domain.energy.InstalledProfiles;
import io.gridcharge.domain.energy.RemoteStartWithProfile;
import java.util.Objects;

/** The smart charging use cases the API serves. */
public record SmartChargingServices(InstallChargingProfile install, ClearChargingProfiles clear,
                                    CompareCompositeSchedule compositeSchedule, RemoteStartWithProfile remoteStart,
                                    InstalledProfiles installed) {
    public SmartChargingServices {
        Objects.requireNonNull(install, "install");
        Objects.requireNonNull(clear, "clear");
        Objects.requireNonNull(compositeSchedule, "compositeSchedule");
        Objects.requireNonNull(remoteStart, "remoteStart");
        Objects.requireNonNull(installed, "installed");
    }
}
