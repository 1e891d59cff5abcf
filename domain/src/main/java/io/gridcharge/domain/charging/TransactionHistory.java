package io.gridcharge.domain.charging;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.util.List;

/** Looking transactions up: lists with filters, one with its samples. */
public final class TransactionHistory {
    public record Detail(Transaction transaction, List<MeterSample> samples) {
    }

    private final TransactionRepository transactions;

    public TransactionHistory(TransactionRepository transactions) {
        this.transactions = transactions;
    }

    public Page<Transaction> list(TransactionQuery query, PageRequest page) {
        return transactions.list(query, page);
    }

    public Detail get(long id) {
        Transaction transaction = transactions.find(id).orElseThrow(() -> new NotFound("transaction", id));
        return new Detail(transaction, transactions.samplesOf(id));
    }
}
