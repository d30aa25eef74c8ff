package org.tradeguard.model.trade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A decision with what it was computed from, so it can be replayed: same transaction, same data
 * versions, same evaluation date = same decision.
 *
 * @param decisionId     stable id of this assessment
 * @param transactionId  the transaction's id
 * @param evaluationDate the date effective-dated data was read at (an input, never the clock)
 * @param dataVersions   every data set read, sorted by id
 * @param decision       the decision
 * @param retention      how long to keep the records
 * @param licencesUsed   licence numbers whose remaining quantity/value this decision draws on
 */
public record Assessment(String decisionId, String transactionId, LocalDate evaluationDate,
                         List<DataVersion> dataVersions, Decision decision, Retention retention,
                         List<String> licencesUsed) {
    public Assessment {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        Objects.requireNonNull(decision, "decision");
        dataVersions = List.copyOf(dataVersions);
        licencesUsed = licencesUsed == null ? List.of() : List.copyOf(licencesUsed);
    }
}
