package io.gridcharge.sim.charger;

/** Why a charger ended a transaction (the reasons of OCPP 1.6 §7.31 that a simulated charger has). */
public enum StopReason {
    EV_DISCONNECTED, LOCAL, REMOTE, DEAUTHORIZED, SOFT_RESET, HARD_RESET, UNLOCK_COMMAND, POWER_LOSS, OTHER
}
