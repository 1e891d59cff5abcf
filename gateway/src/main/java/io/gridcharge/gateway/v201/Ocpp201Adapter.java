package io.gridcharge.gateway.v201;

import io.gridcharge.domain.devicemodel.MessageLimits;
import io.gridcharge.gateway.ProtocolAdapter;
import io.gridcharge.gateway.RpcStationSession;
import io.gridcharge.gateway.StationLink;
import io.gridcharge.gateway.StationSession;
import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.v201.Ocpp201Catalog;

/**
 * OCPP 2.0.1 (subprotocol "ocpp2.0.1"): the station's calls go to the same domain services as 1.6, the
 * platform's commands leave as 2.0.1 calls.
 */
public final class Ocpp201Adapter implements ProtocolAdapter {
    private final Ocpp201Services services;
    private final MessageLimits limits;
    private final Ocpp201PlatformServices platform;

    /**
     * @param limits   what each station takes in one message, which the platform's commands keep to
     * @param platform the certificate (A, M) and cost (I) calls; null where none are wired (tests)
     */
    public Ocpp201Adapter(Ocpp201Services services, MessageLimits limits, Ocpp201PlatformServices platform) {
        this.services = services;
        this.limits = limits;
        this.platform = platform;
    }

    /** Without the certificate and cost calls. */
    public Ocpp201Adapter(Ocpp201Services services, MessageLimits limits) {
        this(services, limits, null);
    }

    @Override
    public ActionCatalog catalog() {
        return Ocpp201Catalog.INSTANCE;
    }

    @Override
    public StationSession open(StationLink link) {
        Ocpp201Commands commands = new Ocpp201Commands(
                () -> limits.itemsPerMessage(link.stationId(), "GetVariables"), services.authorize());
        return new RpcStationSession(link, catalog(), new Ocpp201CallHandler(link.stationId(), services, platform),
                commands);
    }
}
