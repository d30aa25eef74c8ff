package org.tradeguard.model;

/**
 * A fact beside the name that supports or conflicts with a hit.
 *
 * @param property   birthDate, country, identifier, weakAlias ...
 * @param queryValue the query's value
 * @param listValue  the list's value compared with it (the closest one)
 * @param outcome    supports or conflicts
 * @param effect     change applied to the score (positive or negative)
 */
public record FactCheck(String property, String queryValue, String listValue, Outcome outcome, double effect) {
    public enum Outcome {
        SUPPORTS("supports"), CONFLICTS("conflicts"), NEUTRAL("neutral");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
