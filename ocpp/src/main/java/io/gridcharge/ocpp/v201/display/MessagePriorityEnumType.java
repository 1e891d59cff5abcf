package io.gridcharge.ocpp.v201.display;

/**
 * OCPP 2.0.1 MessagePriorityEnumType: with what priority should this message be shown
 */
public enum MessagePriorityEnumType {
    AlwaysFront, InFront, NormalCycle
}
