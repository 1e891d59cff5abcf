package io.gridcharge.ocpp.v16.localauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SendLocalListRequestTest {
    private static final AuthorizationData ALLOWED =
            new AuthorizationData("04A2B3C4D5E6F7", new IdTagInfo(null, null, AuthorizationStatus.Accepted));

    @Test
    void refusesAnIdTagLongerThanTwentyCharacters() {
        assertViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "idTag",
                () -> new AuthorizationData("123456789012345678901", null));
    }

    @Test
    void refusesAnEntryWithoutIdTag() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "idTag", () -> new AuthorizationData(null, null));
    }

    /** §7.1: in a differential update, an entry without idTagInfo removes the idTag from the list. */
    @Test
    void acceptsAnEntryWithoutIdTagInfoToRemoveItFromTheList() {
        SendLocalListRequest removal = new SendLocalListRequest(8,
                List.of(new AuthorizationData("04A2B3C4D5E6F7", null)), UpdateType.Differential);

        assertThat(removal.localAuthorizationList()).singleElement().returns(null, AuthorizationData::idTagInfo);
    }

    /** §6.41: a full update without a list empties the station's list. */
    @Test
    void acceptsAFullUpdateWithoutAList() {
        assertThat(new SendLocalListRequest(9, null, UpdateType.Full).localAuthorizationList()).isNull();
    }

    @Test
    void refusesAnUpdateWithoutVersionOrType() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "listVersion",
                () -> new SendLocalListRequest(null, List.of(ALLOWED), UpdateType.Full));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "updateType",
                () -> new SendLocalListRequest(1, List.of(ALLOWED), null));
    }

    @Test
    void refusesAMissingEntryInsideTheList() {
        assertViolation(ErrorCode.TYPE_CONSTRAINT_VIOLATION, "localAuthorizationList",
                () -> new SendLocalListRequest(1, Arrays.asList(ALLOWED, null), UpdateType.Full));
    }

    @Test
    void keepsItsEntriesWhenTheCallersListChangesAfterwards() {
        List<AuthorizationData> entries = new ArrayList<>(List.of(ALLOWED));
        SendLocalListRequest request = new SendLocalListRequest(1, entries, UpdateType.Full);

        entries.clear();

        assertThat(request.localAuthorizationList()).containsExactly(ALLOWED);
    }

    /** §5.10: -1 is how a station says it does not support local lists, so negative versions are read. */
    @Test
    void readsTheVersionOfAStationWithoutLocalListSupport() {
        assertThat(new GetLocalListVersionResponse(-1).listVersion()).isEqualTo(-1);
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "listVersion",
                () -> new GetLocalListVersionResponse(null));
    }

    private static void assertViolation(ErrorCode code, String field, ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .asInstanceOf(type(PayloadViolation.class))
                .returns(code, PayloadViolation::code)
                .returns(field, PayloadViolation::field);
    }
}
