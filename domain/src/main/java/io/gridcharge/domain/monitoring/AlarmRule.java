package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;

/**
 * An operator's choice of which reported events raise an alarm: those on a component and/or variable (names
 * without regard to case), and/or those at least as severe as {@code maxSeverity} (0 danger ... 9 debug, so a
 * lower number is more severe), on one station or (station null) on every station. Every part given must match.
 * An event that reports a problem cleared raises nothing; an event of a monitor the platform does not know has no
 * severity, so a rule with a severity threshold does not match it.
 */
public record AlarmRule(long id, StationId stationId, String componentName, String variableName,
                        Integer maxSeverity) {
    public AlarmRule {
        Require.maxLength(componentName, 50, "component");
        Require.maxLength(variableName, 50, "variable");
        if (componentName == null && variableName == null && maxSeverity == null) {
            throw new InvalidInput("component", "a rule names a component, a variable or a severity");
        }
        if (maxSeverity != null && (maxSeverity < 0 || maxSeverity > 9)) {
            throw new InvalidInput("maxSeverity", "must be between 0 and 9");
        }
    }

    public static AlarmRule of(StationId stationId, String componentName, String variableName, Integer maxSeverity) {
        return new AlarmRule(0, stationId, blankToNull(componentName), blankToNull(variableName), maxSeverity);
    }

    public boolean matches(StationId station, ReportedEvent event, Integer severity) {
        if (event.cleared()) {
            return false;
        }
        return (stationId == null || stationId.equals(station))
                && (componentName == null || componentName.equalsIgnoreCase(event.component().name()))
                && (variableName == null || variableName.equalsIgnoreCase(event.variable().name()))
                && (maxSeverity == null || severity != null && severity <= maxSeverity);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
