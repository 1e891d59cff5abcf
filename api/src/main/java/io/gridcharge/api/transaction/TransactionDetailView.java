package io.gridcharge.api.transaction;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.TransactionHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A transaction with the meter samples taken during it, oldest first. */
public record TransactionDetailView(@JsonUnwrapped TransactionView transaction, List<MeterSampleView> samples) {

    /** One sampled value (OCPP 1.6 §7.43 SampledValue); {@code value} is in {@code unit}, exactly as reported. */
    public record MeterSampleView(Instant at, String measurand, String phase, String location, String context,
                                  BigDecimal value, String unit) {
        static MeterSampleView of(MeterSample sample) {
            return new MeterSampleView(sample.at(), sample.measurand(), sample.phase(), sample.location(),
                    sample.context(), sample.value(), sample.unit());
        }
    }

    static TransactionDetailView of(TransactionHistory.Detail detail) {
        return new TransactionDetailView(TransactionView.of(detail.transaction()),
                detail.samples().stream().map(MeterSampleView::of).toList());
    }
}
