package io.gridcharge.api.station;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/** A station's message journal (DESIGN §2): every frame in and out, newest first. */
public final class JournalRoutes {
    static final String JOURNAL = StationRoutes.STATION + "/journal";

    private final StationAdministration stations;
    private final MessageJournal journal;

    public JournalRoutes(StationAdministration stations, MessageJournal journal) {
        this.stations = stations;
        this.journal = journal;
    }

    public void register(RoutesConfig routes) {
        routes.get(JOURNAL, this::query);
    }

    private void query(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        StationId id = PathParameters.stationId(ctx, errors);
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        query.requireOrdered(from, to);
        String action = query.text("action");
        PageRequest page = query.page();
        errors.throwIfAny();

        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id);
        }
        ctx.json(PageView.of(journal.query(id, from, to, action, page), JournalEntryView::of));
    }
}
