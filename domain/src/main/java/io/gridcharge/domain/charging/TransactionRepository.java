package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.List;
import java.util.Optional;

/**
 * Where transactions and their meter samples are kept. Each method is one database transaction, committed
 * (synchronous commit) before it returns: the station's answer is sent only after that.
 */
public interface TransactionRepository {

    /**
     * Records a started transaction, or returns the one recorded already for the same start (station,
     * connector, start time and meter start): a station that resends StartTransaction after a lost answer
     * gets the same transaction, not a second one.
     */
    Transaction start(NewTransaction start);

    Optional<Transaction> find(long id);

    Optional<Transaction> findByStationTransactionId(StationId stationId, String stationTransactionId);

    /** The active transactions of a token, any station. */
    List<Transaction> activeFor(IdToken idToken);

    /**
     * Ends an active transaction and stores the samples reported with the stop, in one database transaction.
     * A transaction stopped already is returned as it is, and the samples are not stored twice.
     */
    Transaction stop(long id, TransactionStop stop, List<MeterSample> samples);

    /**
     * Gives a transaction that started without a token (OCPP 2.0.1 plug-in first, E02/E03) the token presented
     * later, with the platform's verdict on it; a transaction that has a token keeps it. Returns the
     * transaction as it is afterwards.
     */
    Transaction identify(long id, IdToken idToken, AuthorizationStatus authorization);

    /**
     * Places a transaction that started on no EVSE (connector 0: OCPP 2.0.1 authorization first, E03) on the one
     * named later; a transaction placed already stays where it is. Returns the transaction as it is afterwards.
     */
    Transaction locate(long id, int connectorId);

    /**
     * Sets the meter start of an active transaction to the register reading taken when it began, reported after
     * its start (OCPP 2.0.1 context Transaction.Begin, J02); a stopped transaction is not changed. Returns the
     * transaction as it is afterwards.
     */
    Transaction correctMeterStart(long id, long meterStartWh);

    /**
     * Names the reservation an active transaction uses when it started without one: OCPP 2.0.1 sends reservationId
     * in the event in which the reservation is used, which may come after the transaction's first (plug-in first,
     * E02, then the reserved driver's token). A transaction that names one keeps it. Returns the transaction as it is
     * afterwards.
     */
    Transaction reserve(long id, int reservationId);

    Page<Transaction> list(TransactionQuery query, PageRequest page);

    /** Stores samples of a station's connector, with the transaction they belong to when known. */
    void appendSamples(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples);

    List<MeterSample> samplesOf(long transactionId);
}
