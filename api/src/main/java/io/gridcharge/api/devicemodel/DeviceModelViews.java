package io.gridcharge.api.devicemodel;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.ComponentSummary;
import io.gridcharge.domain.devicemodel.DeviceReport;
import io.gridcharge.domain.devicemodel.StoredVariable;
import io.gridcharge.domain.devicemodel.VariableAttribute;
import io.gridcharge.domain.devicemodel.VariableCharacteristics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** How the API shows a station's device model: OCPP 2.0.1's names and spelling, so it reads like the spec. */
final class DeviceModelViews {
    private DeviceModelViews() {
    }

    record ComponentView(String name, String instance, Integer evseId, Integer connectorId) {
        static ComponentView of(ComponentRef component) {
            return new ComponentView(component.name(), component.instance(), component.evseId(),
                    component.connectorId());
        }
    }

    record VariableNameView(String name, String instance) {
    }

    record AttributeView(String type, String value, String mutability, boolean persistent, boolean constant) {
        static AttributeView of(VariableAttribute attribute) {
            return new AttributeView(Vocabulary.ATTRIBUTE_TYPE.name(attribute.type()), attribute.value(),
                    Vocabulary.MUTABILITY.name(attribute.mutability()), attribute.persistent(), attribute.constant());
        }
    }

    record CharacteristicsView(String unit, String dataType, BigDecimal minLimit, BigDecimal maxLimit,
                               String valuesList, boolean supportsMonitoring) {
        static CharacteristicsView of(VariableCharacteristics c) {
            return c == null ? null : new CharacteristicsView(c.unit(), Vocabulary.VARIABLE_DATA_TYPE.name(c.dataType()),
                    c.minLimit(), c.maxLimit(), c.valuesList(), c.supportsMonitoring());
        }
    }

    record VariableView(ComponentView component, VariableNameView variable, List<AttributeView> attributes,
                        CharacteristicsView characteristics, Instant reportedAt) {
        static VariableView of(StoredVariable stored) {
            var v = stored.variable();
            return new VariableView(ComponentView.of(v.component()),
                    new VariableNameView(v.variable().name(), v.variable().instance()),
                    v.attributes().stream().map(AttributeView::of).toList(),
                    CharacteristicsView.of(v.characteristics()), stored.reportedAt());
        }
    }

    record ComponentSummaryView(ComponentView component, int variables) {
        static ComponentSummaryView of(ComponentSummary summary) {
            return new ComponentSummaryView(ComponentView.of(summary.component()), summary.variables());
        }
    }

    record ReportView(int requestId, int partsReceived, int missingParts, int variables, boolean complete,
                      Instant firstReceivedAt, Instant completedAt) {
        static ReportView of(DeviceReport report) {
            return new ReportView(report.requestId(), report.partsReceived(), report.missingParts(),
                    report.variables(), report.complete(), report.firstReceivedAt(), report.completedAt());
        }
    }
}
