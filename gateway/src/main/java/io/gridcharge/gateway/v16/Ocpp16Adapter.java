package io.gridcharge.gateway.v16;

import io.gridcharge.gateway.ProtocolAdapter;
import io.gridcharge.gateway.RpcStationSession;
import io.gridcharge.gateway.StationLink;
import io.gridcharge.gateway.StationSession;
import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;

/** OCPP 1.6-J (subprotocol "ocpp1.6"): the station's calls go to the domain, the platform's commands to the station. */
public final class Ocpp16Adapter implements ProtocolAdapter {
    private final Ocpp16Services services;
    private final Ocpp16SecurityServices security;
    private final Ocpp16Commands commands = new Ocpp16Commands();

    public Ocpp16Adapter(Ocpp16Services services) {
        this(services, null);
    }

    /** With the OCPP 1.6 Security Whitepaper's station messages handled by {@code security}. */
    public Ocpp16Adapter(Ocpp16Services services, Ocpp16SecurityServices security) {
        this.services = services;
        this.security = security;
    }

    @Override
    public ActionCatalog catalog() {
        return Ocpp16Catalog.INSTANCE;
    }

    @Override
    public StationSession open(StationLink link) {
        return new RpcStationSession(link, catalog(), new Ocpp16CallHandler(link.stationId(), services, security), commands);
    }
}
