package org.tradeguard.model.trade;

import java.util.List;
import java.util.Objects;

/** The outcome of an assessment, with every reason that fired (fired or evaluated as evidence). */
public sealed interface Decision permits Decision.Prohibited, Decision.LicenseRequired, Decision.HoldForReview, Decision.Proceed {

    List<Reason> reasons();

    /** Stable outcome code: {@code prohibited_block}, {@code license_required}, {@code hold_for_review}, {@code proceed}. */
    String outcome();

    /** Do not proceed: block, reject or denial order. */
    record Prohibited(ProhibitionKind kind, List<Reason> reasons) implements Decision {
        public Prohibited {
            Objects.requireNonNull(kind, "kind");
            reasons = List.copyOf(reasons);
        }

        @Override
        public String outcome() {
            return "prohibited_" + kind.code();
        }
    }

    /**
     * A licence is required and none on file covers it: do not proceed.
     *
     * @param requirements        the uncovered requirement codes (e.g. {@code EAR:CCL:MT1})
     * @param policies            expected review policies, as stated by the rules
     * @param exceptionAvailable  whether any licence exception could still apply
     */
    record LicenseRequired(List<String> requirements, List<String> policies, boolean exceptionAvailable,
                           List<Reason> reasons) implements Decision {
        public LicenseRequired {
            requirements = List.copyOf(requirements);
            policies = List.copyOf(policies);
            reasons = List.copyOf(reasons);
        }

        @Override
        public String outcome() {
            return "license_required";
        }
    }

    /** A human must review: never auto-cleared. */
    record HoldForReview(List<Reason> reasons) implements Decision {
        public HoldForReview {
            reasons = List.copyOf(reasons);
        }

        @Override
        public String outcome() {
            return "hold_for_review";
        }
    }

    /**
     * May proceed on the given authority.
     *
     * @param reference NLR, the exception symbol, or the licence / authorisation numbers
     */
    record Proceed(AuthorityKind authority, String reference, List<Reason> reasons) implements Decision {
        public Proceed {
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(reference, "reference");
            reasons = List.copyOf(reasons);
        }

        @Override
        public String outcome() {
            return "proceed";
        }
    }
}
