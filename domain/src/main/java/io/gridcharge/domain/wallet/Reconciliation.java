package io.gridcharge.domain.wallet;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The books checked (issue 7): per currency, the sum of all entries and the sum of every account's derived
 * balance, which must be equal (and zero, since each movement is balanced), and how many movements do not sum
 * to zero (none may).
 */
public record Reconciliation(Map<String, BigDecimal> entriesTotal, Map<String, BigDecimal> balancesTotal,
                             long unbalancedMovements, long movements) {
    public Reconciliation {
        entriesTotal = Map.copyOf(entriesTotal);
        balancesTotal = Map.copyOf(balancesTotal);
    }

    public boolean balanced() {
        if (unbalancedMovements != 0 || !entriesTotal.keySet().equals(balancesTotal.keySet())) {
            return false;
        }
        return entriesTotal.entrySet().stream().allMatch(e -> e.getValue().signum() == 0
                && balancesTotal.get(e.getKey()).compareTo(e.getValue()) == 0);
    }
}
