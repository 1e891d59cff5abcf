package io.gridcharge.domain.display;

import io.gridcharge.domain.station.StationId;
import java.util.List;

/** Where the messages each station holds are kept, one per station and message id. */
public interface DisplayMessageRepository {

    /** Inserts the messages, or replaces those of the same ids, in one transaction. */
    void save(List<StationDisplayMessage> messages);

    void remove(StationId station, int messageId);

    /** Removes the station's messages bound to the transaction the station calls {@code stationTransactionId}. */
    void removeOfTransaction(StationId station, String stationTransactionId);

    /** By message id. */
    List<StationDisplayMessage> of(StationId station);
}
