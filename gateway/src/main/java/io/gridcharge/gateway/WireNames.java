package io.gridcharge.gateway;

import io.gridcharge.ocpp.json.OcppJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How an OCPP enumeration value is spelled on the wire ("Energy.Active.Import.Register", "L1-N"). */
public final class WireNames {
    private static final Map<Enum<?>, String> SPELLINGS = new ConcurrentHashMap<>();

    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null
                : SPELLINGS.computeIfAbsent(value, v -> OcppJson.mapper().convertValue(v, String.class));
    }
}
