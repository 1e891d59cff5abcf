package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.Require;

/**
 * A station's answer to GetCompositeSchedule beside the platform's own expectation for the same connector,
 * start and duration, so that an operator can see where the two part.
 *
 * @param status   the station's status word ("Accepted", "Rejected")
 * @param station  what the station reported; its schedule is null when it rejected the request
 * @param expected the platform's computation from the profiles it believes the station holds
 */
public record CompositeScheduleComparison(String status, CompositeScheduleResult station, CompositeSchedule expected) {
    public CompositeScheduleComparison {
        Require.present(expected, "expected");
    }
}
