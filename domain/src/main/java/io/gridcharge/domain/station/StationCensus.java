package io.gridcharge.domain.station;

/** Port: counts the network in one query, for the dashboard (issue 8); never a full-table load into memory. */
public interface StationCensus {
    NetworkCensus take();
}
