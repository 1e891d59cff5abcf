package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.30 Location: where a sampled value was measured; absent means Outlet (§7.43). */
public enum Location {
    Cable, EV, Inlet, Outlet, Body
}
