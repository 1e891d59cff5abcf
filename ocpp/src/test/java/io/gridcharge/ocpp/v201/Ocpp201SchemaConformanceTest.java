package io.gridcharge.ocpp.v201;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.conformance.MessageSamples;
import io.gridcharge.ocpp.conformance.OfficialSchemas;
import io.gridcharge.ocpp.conformance.SchemaConformanceContract;

/**
 * What we write is what the official OCPP 2.0.1 JSON schemas accept, for all 64 actions and both directions,
 * customData with vendor properties included; and {@link Ocpp201Catalog} covers every action they define. The
 * checks are those of {@link SchemaConformanceContract}; no 2.0.1 field is left out of the samples.
 */
class Ocpp201SchemaConformanceTest extends SchemaConformanceContract {
    private static final MessageSamples SAMPLES = new MessageSamples(Ocpp201Samples.class);

    @Override
    protected ActionCatalog catalog() {
        return Ocpp201Catalog.INSTANCE;
    }

    @Override
    protected OfficialSchemas loadSchemas() {
        return OfficialSchemas.ocpp201();
    }

    @Override
    protected MessageSamples samples() {
        return SAMPLES;
    }
}
