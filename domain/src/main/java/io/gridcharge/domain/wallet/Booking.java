package io.gridcharge.domain.wallet;

/** A booked movement; {@code replayed} when an earlier request with the same key booked it, under {@code fingerprint}. */
public record Booking(Movement movement, String fingerprint, boolean replayed) {
}
