package io.gridcharge.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.json.OcppJson;
import java.util.function.Supplier;

/** The domain's refusals of a station's call, as the CALLERROR every OCPP version answers them with. */
public final class DomainRefusals {
    private DomainRefusals() {
    }

    /**
     * Runs {@code call}; a value the wire schema allows but the domain does not (an empty idTag, a report
     * attribute without value) becomes PropertyConstraintViolation naming the field, an unknown station
     * GenericError.
     */
    public static OcppResponse answering(Supplier<OcppResponse> call) {
        try {
            return call.get();
        } catch (InvalidInput invalid) {
            ObjectNode details = OcppJson.mapper().createObjectNode().put("field", invalid.field());
            throw new OcppCallException(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, invalid.getMessage(), details);
        } catch (NotFound notFound) {
            throw new OcppCallException(ErrorCode.GENERIC_ERROR, notFound.getMessage());
        }
    }
}
