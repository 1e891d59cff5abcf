package io.gridcharge.gateway.v201;

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
    private final Ocpp201Commands commands;

    public Ocpp201Adapter(Ocpp201Services services) {
        this.services = services;
        this.commands = new Ocpp201Commands(services.authorize());
    }

    @Override
    public ActionCatalog catalog() {
        return Ocpp201Catalog.INSTANCE;
    }

    @Override
    public StationSession open(StationLink link) {
        return new RpcStationSession(link, catalog(), new Ocpp201CallHandler(link.stationId(), services), commands);
    }
}
