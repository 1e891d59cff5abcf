package io.gridcharge.gateway.v201;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.EvChargingNeeds;
import io.gridcharge.domain.energy.ReportedChargingProfile;
import io.gridcharge.domain.monitoring.CustomerInformationPart;
import io.gridcharge.domain.monitoring.ReportedEvent;
import io.gridcharge.domain.monitoring.VariableMonitor;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.v201.diagnostics.EventDataType;
import io.gridcharge.ocpp.v201.diagnostics.MonitoringDataType;
import io.gridcharge.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import io.gridcharge.ocpp.v201.diagnostics.VariableMonitoringType;
import io.gridcharge.ocpp.v201.smartcharging.ACChargingParametersType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingNeedsType;
import io.gridcharge.ocpp.v201.smartcharging.DCChargingParametersType;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import io.gridcharge.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.VariableType;
import java.util.ArrayList;
import java.util.List;

/**
 * The smart charging and monitoring reports of 2.0.1 stations (K09, K15, N02, N07, N09) as domain values. Words the
 * domain keeps as the station spelled them (sources, purposes, triggers) are the wire names.
 */
final class GridReports201 {

    private GridReports201() {
    }

    static List<CompositeSchedule> schedules(List<ChargingScheduleType> schedules) {
        return schedules == null ? List.of() : schedules.stream().map(SmartChargingCalls201::schedule).toList();
    }

    static List<ReportedChargingProfile> profiles(StationId station, ReportChargingProfilesRequest report) {
        List<ReportedChargingProfile> profiles = new ArrayList<>();
        for (ChargingProfileType p : report.chargingProfile()) {
            profiles.add(new ReportedChargingProfile(station, report.requestId(), report.evseId(),
                    WireNames.of(report.chargingLimitSource()), p.id(), p.stackLevel(),
                    WireNames.of(p.chargingProfilePurpose()), WireNames.of(p.chargingProfileKind()),
                    WireNames.of(p.recurrencyKind()), p.validFrom(), p.validTo(), p.transactionId(),
                    schedules(p.chargingSchedule()), null));
        }
        return profiles;
    }

    /** K15: AC and DC parameters both say how much energy and current; DC alone says power, SoC and capacity. */
    static EvChargingNeeds needs(StationId station, NotifyEVChargingNeedsRequest request) {
        ChargingNeedsType needs = request.chargingNeeds();
        ACChargingParametersType ac = needs.acChargingParameters();
        DCChargingParametersType dc = needs.dcChargingParameters();
        return new EvChargingNeeds(station, request.evseId(), null, WireNames.of(needs.requestedEnergyTransfer()),
                needs.departureTime(),
                ac != null ? ac.energyAmount() : dc != null ? dc.energyAmount() : null,
                ac != null ? ac.evMinCurrent() : null,
                ac != null ? ac.evMaxCurrent() : dc != null ? dc.evMaxCurrent() : null,
                ac != null ? ac.evMaxVoltage() : dc != null ? dc.evMaxVoltage() : null,
                dc != null ? dc.evMaxPower() : null,
                dc != null ? dc.stateOfCharge() : null,
                dc != null ? dc.evEnergyCapacity() : null,
                request.maxScheduleTuples(), null);
    }

    static List<ReportedEvent> events(List<EventDataType> data) {
        return data.stream().map(e -> new ReportedEvent(e.eventId(), e.timestamp(), WireNames.of(e.trigger()),
                e.cause(), e.actualValue(), e.techCode(), e.techInfo(), Boolean.TRUE.equals(e.cleared()),
                e.transactionId(), component(e.component()), variable(e.variable()), e.variableMonitoringId(),
                WireNames.of(e.eventNotificationType()))).toList();
    }

    static List<VariableMonitor> monitors(List<MonitoringDataType> data, int requestId) {
        List<VariableMonitor> monitors = new ArrayList<>();
        if (data == null) {
            return monitors;
        }
        for (MonitoringDataType monitored : data) {
            for (VariableMonitoringType m : monitored.variableMonitoring()) {
                monitors.add(new VariableMonitor(m.id(), component(monitored.component()),
                        variable(monitored.variable()), Boolean.TRUE.equals(m.transaction()), m.value(),
                        WireNames.of(m.type()), m.severity(), requestId, null));
            }
        }
        return monitors;
    }

    static CustomerInformationPart customerInformation(StationId station, NotifyCustomerInformationRequest request) {
        return new CustomerInformationPart(station, request.requestId(), request.seqNo(), request.data(),
                Boolean.TRUE.equals(request.tbc()), request.generatedAt(), null);
    }

    static ComponentRef component(ComponentType component) {
        return new ComponentRef(component.name(), component.instance(),
                component.evse() == null ? null : component.evse().id(),
                component.evse() == null ? null : component.evse().connectorId());
    }

    private static VariableRef variable(VariableType variable) {
        return new VariableRef(variable.name(), variable.instance());
    }
}
