package io.gridcharge.sim.arrival;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.ev.Fleet;
import io.gridcharge.sim.ev.Vin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Arrivals from a file in Caltech's ACN-Data session format: a JSON array of sessions with connectionTime and
 * disconnectTime (RFC 1123, GMT), kWhDelivered, and the driver's userInputs (kWhRequested). The sessions that
 * began on one local day of the trace are laid onto each day of the run at the same local time of day; a car
 * asks for the energy its driver requested, else for what it got.
 */
public final class AcnTrace {
    private record Session(Duration sinceMidnight, Duration stay, long requestedWh, String user) {
    }

    private final List<Session> sessions;

    private AcnTrace(List<Session> sessions) {
        this.sessions = sessions;
    }

    public static AcnTrace read(Path file, LocalDate day, ZoneId traceZone) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the ACN-Data trace " + file + ": " + e.getMessage(), e);
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(file + " is not an ACN-Data session array");
        }
        List<Session> sessions = new ArrayList<>();
        for (JsonNode node : root) {
            ZonedDateTime connected = time(node, "connectionTime", file).withZoneSameInstant(traceZone);
            if (!connected.toLocalDate().equals(day)) {
                continue;
            }
            ZonedDateTime disconnected = time(node, "disconnectTime", file);
            Duration stay = Duration.between(connected, disconnected);
            if (stay.isNegative() || stay.isZero()) {
                continue;
            }
            double kwh = node.path("kWhDelivered").asDouble();
            JsonNode inputs = node.path("userInputs");
            if (inputs.isArray() && !inputs.isEmpty() && inputs.get(inputs.size() - 1).hasNonNull("kWhRequested")) {
                kwh = inputs.get(inputs.size() - 1).path("kWhRequested").asDouble();
            }
            sessions.add(new Session(Duration.between(connected.toLocalDate().atStartOfDay(traceZone), connected), stay,
                    Math.round(kwh * 1000), node.path("userID").asText("")));
        }
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("The trace " + file + " has no session that began on " + day
                    + " (" + traceZone + ")");
        }
        return new AcnTrace(sessions);
    }

    private static ZonedDateTime time(JsonNode node, String field, Path file) {
        try {
            return ZonedDateTime.parse(node.path(field).asText(), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": session " + node.path("sessionID").asText() + " has no valid "
                    + field + " (RFC 1123 expected)", e);
        }
    }

    public int sessionsPerDay() {
        return sessions.size();
    }

    public List<EvVisit> visits(String siteId, Instant start, Instant end, ZoneId zone, Fleet fleet,
                                SplittableRandom random, String tagPrefix) {
        List<EvVisit> visits = new ArrayList<>();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(end.atZone(zone).toLocalDate());
             day = day.plusDays(1)) {
            Instant midnight = day.atStartOfDay(zone).toInstant();
            int number = 0;
            for (Session session : sessions) {
                Instant arrival = midnight.plus(session.sinceMidnight());
                number++;
                var vehicle = fleet.draw(random);
                double soc = 0.1 + 0.4 * random.nextDouble();
                String tag = session.user().isBlank() ? tagPrefix + "S" + number
                        : tagPrefix + session.user().replaceFirst("^0+", "");
                EvVisit visit = new EvVisit(siteId + "-" + day + "-" + number, vehicle, arrival,
                        arrival.plus(session.stay()), session.requestedWh(), soc,
                        tag.length() > 20 ? tag.substring(0, 20) : tag, Vin.draw(random),
                        EvVisit.Identification.RFID_CARD); // ACN-Data drivers identify in the site's app or by card
                if (visit.arrival().isBefore(end) && visit.departure().isAfter(start)) {
                    visits.add(visit);
                }
            }
        }
        return visits;
    }
}
