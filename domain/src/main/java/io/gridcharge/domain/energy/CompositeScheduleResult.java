package io.gridcharge.domain.energy;

import io.gridcharge.domain.command.CommandResult;

/**
 * A station's answer to GetCompositeSchedule (OCPP 1.6 §6.22) beyond its status: the connector it reported for
 * and the schedule it expects to follow; both null when it rejected the request.
 */
public record CompositeScheduleResult(Integer connectorId, CompositeSchedule schedule) implements CommandResult {
}
