package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.OptionalInt;

/**
 * How many items a station takes in one message, as its device model says: the Actual value of
 * DeviceDataCtrlr.ItemsPerMessage with the message's name as instance (OCPP 2.0.1 Part 2 appendix, DeviceDataCtrlr).
 * The CSMS sends no more than that in one request (B06.FR.05 for GetVariables),
 * so a longer request is split. Unknown (never reported, or not a positive number) means no limit is known.
 */
public final class MessageLimits {
    private static final DeviceModelQuery ITEMS_PER_MESSAGE =
            new DeviceModelQuery("DeviceDataCtrlr", "ItemsPerMessage", null);
    /** DeviceDataCtrlr has one ItemsPerMessage instance per message that carries a list; a few dozen at most. */
    private static final int INSTANCES = 100;

    private final DeviceModelRepository models;

    public MessageLimits(DeviceModelRepository models) {
        this.models = models;
    }

    /** @param message the OCPP action, as the variable's instance names it ("GetVariables") */
    public OptionalInt itemsPerMessage(StationId stationId, String message) {
        return models.variables(stationId, ITEMS_PER_MESSAGE, PageRequest.first(INSTANCES)).items().stream()
                .map(StoredVariable::variable)
                .filter(v -> message.equals(v.variable().instance()))
                .flatMap(v -> v.attributes().stream())
                .filter(a -> a.type() == AttributeType.ACTUAL && a.value() != null)
                .mapToInt(a -> positive(a.value()))
                .filter(limit -> limit > 0)
                .findFirst();
    }

    private static int positive(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
