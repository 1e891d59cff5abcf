package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.IdToken;
import java.util.List;
import java.util.Optional;

/** Where guest charges are kept. */
public interface GuestChargeRepository {
    /** Stores a new guest charge; returns it with its id. */
    GuestCharge insert(GuestCharge charge);

    Optional<GuestCharge> find(long id);

    Optional<GuestCharge> findByToken(IdToken idToken);

    /**
     * Moves an AUTHORIZED guest charge to {@code finished}'s status, captured amount and order, in one conditional
     * write; false when it was not AUTHORIZED any more (another attempt finished it first).
     */
    boolean finish(GuestCharge finished);

    /** Guest charges still AUTHORIZED, oldest first. */
    List<GuestCharge> authorized(int limit);
}
