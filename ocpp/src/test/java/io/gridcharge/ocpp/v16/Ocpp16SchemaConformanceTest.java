package io.gridcharge.ocpp.v16;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.conformance.MessageSamples;
import io.gridcharge.ocpp.conformance.OfficialSchemas;
import io.gridcharge.ocpp.conformance.SchemaConformanceContract;
import java.util.Map;
import java.util.Set;

/**
 * What we write is what the official OCPP 1.6 JSON schemas accept (the six feature profiles and the Security
 * Whitepaper's messages), and the catalog covers every action they define; the checks are those of
 * {@link SchemaConformanceContract}.
 */
class Ocpp16SchemaConformanceTest extends SchemaConformanceContract {
    private static final MessageSamples SAMPLES =
            new MessageSamples(CoreSamples.class, ProfileSamples.class, SecuritySamples.class);

    @Override
    protected ActionCatalog catalog() {
        return Ocpp16Catalog.INSTANCE;
    }

    @Override
    protected OfficialSchemas loadSchemas() {
        return OfficialSchemas.ocpp16();
    }

    @Override
    protected MessageSamples samples() {
        return SAMPLES;
    }

    @Override
    protected Map<String, Set<String>> leftOutOnPurpose() {
        // §5.11: the profile of a remote start has no transaction to name yet; and it is Absolute, not
        // Recurring. Both fields are covered by the SetChargingProfile sample.
        return Map.of("RemoteStartTransaction.req", Set.of("chargingProfile.transactionId", "chargingProfile.recurrencyKind"));
    }
}
