package io.gridcharge.ocpp;

import java.util.Arrays;
import java.util.Optional;

/** OCPP versions this library speaks, named by their WebSocket subprotocol (OCPP-J 1.6 §3.1.2, 2.0.1 Part 4 §3.1). */
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String subprotocol() {
        return subprotocol;
    }

    public static Optional<OcppVersion> ofSubprotocol(String name) {
        return Arrays.stream(values()).filter(v -> v.subprotocol.equalsIgnoreCase(name.trim())).findFirst();
    }
}
