package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.ContractCertificates;
import io.gridcharge.domain.billing.ShowRunningCost;
import io.gridcharge.domain.billing.TariffText;
import io.gridcharge.domain.display.DisplayMessages;
import io.gridcharge.domain.security.SignStationCertificate;

/**
 * The domain services behind the 2.0.1 blocks beyond the core: the platform CA signing stations' certificates
 * (A02/A03), the tariff, running and final cost shown to drivers (I01-I03), the messages stations show (O)
 * and the check of EVs' contract certificates (C07).
 */
public record Ocpp201PlatformServices(SignStationCertificate certificates, ShowRunningCost cost,
                                      TariffText tariffText, DisplayMessages displayMessages,
                                      ContractCertificates contracts) {
    public Ocpp201PlatformServices {
        if (certificates == null || cost == null || tariffText == null || displayMessages == null
                || contracts == null) {
            throw new IllegalArgumentException("every OCPP 2.0.1 platform service is required");
        }
    }
}
