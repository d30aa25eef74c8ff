package org.tradeguard.controls;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tradeguard.model.trade.Euc;
import org.tradeguard.model.trade.Licence;
import org.tradeguard.model.trade.Transaction;

/**
 * Everything a decision is a function of, besides the reference data: the transaction, the
 * evaluation date, the screening results and the licences and EUCs on file as they stood.
 */
public record Inputs(Transaction transaction, LocalDate evaluationDate, List<ScreenedParty> screening,
                     List<Licence> licences, List<Euc> eucs) {
    public Inputs {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        screening = List.copyOf(screening);
        licences = List.copyOf(licences);
        eucs = List.copyOf(eucs);
    }
}
