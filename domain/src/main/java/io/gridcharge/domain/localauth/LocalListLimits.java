package io.gridcharge.domain.localauth;

import io.gridcharge.domain.command.CommandReply;
import java.util.List;

/**
 * What a station says it can take (OCPP 1.6 §9.4): LocalAuthListMaxLength, the most entries its list holds,
 * and SendLocalListMaxLength, the most entries one SendLocalList may carry. Null where it did not say.
 */
record LocalListLimits(Integer listMaxLength, Integer sendMaxLength) {
    static final String LIST_MAX_LENGTH = "LocalAuthListMaxLength";
    static final String SEND_MAX_LENGTH = "SendLocalListMaxLength";
    static final List<String> KEYS = List.of(LIST_MAX_LENGTH, SEND_MAX_LENGTH);

    static LocalListLimits unknown() {
        return new LocalListLimits(null, null);
    }

    static LocalListLimits from(CommandReply configuration) {
        Integer list = null;
        Integer send = null;
        for (CommandReply.ConfigurationValue value : configuration.configuration()) {
            if (LIST_MAX_LENGTH.equalsIgnoreCase(value.key())) {
                list = positive(value.value());
            } else if (SEND_MAX_LENGTH.equalsIgnoreCase(value.key())) {
                send = positive(value.value());
            }
        }
        return new LocalListLimits(list, send);
    }

    /** A value that is no positive integer tells nothing usable: it is ignored. */
    private static Integer positive(String value) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
