package io.gridcharge.ocpp.v16.remotetrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import org.junit.jupiter.api.Test;

class TriggerMessageRequestTest {

    @Test
    void asksTheWholeStationWhenNoConnectorIsGiven() {
        assertThat(new TriggerMessageRequest(MessageTrigger.BootNotification, null).connectorId()).isNull();
    }

    @Test
    void refusesATriggerWithoutRequestedMessage() {
        assertThatThrownBy(() -> new TriggerMessageRequest(null, 1))
                .asInstanceOf(type(PayloadViolation.class))
                .returns(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, PayloadViolation::code)
                .returns("requestedMessage", PayloadViolation::field);
    }

    @Test
    void refusesAnAnswerWithoutStatus() {
        assertThatThrownBy(() -> new TriggerMessageResponse(null))
                .asInstanceOf(type(PayloadViolation.class))
                .returns("status", PayloadViolation::field);
    }
}
