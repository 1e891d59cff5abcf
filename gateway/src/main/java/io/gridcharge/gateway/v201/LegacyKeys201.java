package io.gridcharge.gateway.v201;

import java.util.Map;
import java.util.Set;

/**
 * The OCPP 1.6 configuration keys the platform's own services read (the local list's limits, OCPP 1.6 §9.1),
 * as 2.0.1 device model variables, so that those services work on a 2.0.1 station unchanged. 1.6's
 * SendLocalListMaxLength is LocalAuthListCtrlr.ItemsPerMessage (D01); the list's capacity,
 * LocalAuthListMaxLength, has no Actual value in 2.0.1 (it is the maxLimit of LocalAuthListCtrlr.Entries), so
 * it is answered unknown without asking. Any other key is asked as it is, as Component.Variable.
 */
final class LegacyKeys201 {
    private static final Map<String, String> VARIABLES = Map.of(
            "SendLocalListMaxLength", "LocalAuthListCtrlr.ItemsPerMessage");
    private static final Set<String> WITHOUT_VARIABLE = Set.of("LocalAuthListMaxLength");

    private LegacyKeys201() {
    }

    static boolean hasNoVariable(String key) {
        return WITHOUT_VARIABLE.contains(key);
    }

    /** The Component.Variable to ask for a key. */
    static String asked(String key) {
        return VARIABLES.getOrDefault(key, key);
    }

    /** The key a reported Component.Variable answers, as it was asked. */
    static String answered(String componentVariable, Iterable<String> askedKeys) {
        for (String key : askedKeys) {
            if (asked(key).equals(componentVariable)) {
                return key;
            }
        }
        return componentVariable;
    }
}
