package io.gridcharge.sim.charger;

public enum CurrentType {
    AC, DC
}
