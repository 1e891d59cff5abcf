package io.gridcharge.domain.devicemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedVariableTest {
    private static final VariableAttribute ACTUAL = VariableAttribute.actual("300");

    @Test
    void holdsOneToFourAttributesEachTypeOnce() {
        assertThatThrownBy(() -> variable(List.of())).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> variable(List.of(ACTUAL, VariableAttribute.actual("60"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("twice");
        assertThat(variable(List.of(ACTUAL, new VariableAttribute(AttributeType.MAX_SET, "3600",
                Mutability.READ_ONLY, true, true))).attribute(AttributeType.MAX_SET)).isPresent();
    }

    @Test
    void onlyAWriteOnlyAttributeMayKeepItsValueBack() {
        assertThat(new VariableAttribute(AttributeType.ACTUAL, null, Mutability.WRITE_ONLY, false, false).value())
                .isNull();
        assertThatThrownBy(() -> new VariableAttribute(AttributeType.ACTUAL, null, Mutability.READ_WRITE, false,
                false)).isInstanceOf(InvalidInput.class).hasMessageContaining("WriteOnly");
    }

    @Test
    void aConnectorBelongsToAnEvse() {
        assertThatThrownBy(() -> new ComponentRef("Connector", null, null, 1)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("needs an EVSE");
        assertThat(new ComponentRef("Connector", null, 1, 2).connectorId()).isEqualTo(2);
    }

    @Test
    void namesIdentifyAVariableWithoutRegardToCase() {
        ReportedVariable upper = new ReportedVariable(ComponentRef.of("OCPPCommCtrlr"),
                VariableRef.of("HeartbeatInterval"), List.of(ACTUAL), null);
        ReportedVariable lower = new ReportedVariable(ComponentRef.of("ocppcommctrlr"),
                VariableRef.of("heartbeatinterval"), List.of(ACTUAL), null);
        ReportedVariable otherInstance = new ReportedVariable(new ComponentRef("OCPPCommCtrlr", "2", null, null),
                VariableRef.of("HeartbeatInterval"), List.of(ACTUAL), null);

        assertThat(upper.key()).isEqualTo(lower.key()).isNotEqualTo(otherInstance.key());
    }

    private static ReportedVariable variable(List<VariableAttribute> attributes) {
        return new ReportedVariable(ComponentRef.of("OCPPCommCtrlr"), VariableRef.of("HeartbeatInterval"),
                attributes, null);
    }
}
