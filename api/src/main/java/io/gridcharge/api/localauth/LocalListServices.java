package io.gridcharge.api.localauth;

import io.gridcharge.domain.localauth.CheckLocalListVersion;
import io.gridcharge.domain.localauth.ChooseLocalList;
import io.gridcharge.domain.localauth.SynchronizeLocalList;
import java.util.Objects;

/** The Local Auth List Management use cases the API serves. */
public record LocalListServices(ChooseLocalList choose, SynchronizeLocalList synchronize, CheckLocalListVersion check) {
    public LocalListServices {
        Objects.requireNonNull(choose, "choose");
        Objects.requireNonNull(synchronize, "synchronize");
        Objects.requireNonNull(check, "check");
    }
}
