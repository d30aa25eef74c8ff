package org.tradeguard.model.trade;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where the goods go.
 *
 * @param exportCountry    ISO alpha-2 of export
 * @param transitCountries transshipment or transit countries, in order
 * @param destination      country of ultimate destination
 * @param transitRegime    a transit-trade regime the goods move under (e.g. {@code APTTA}), or null
 * @param grantInAid       foreign grant-in-aid cargo (P-3 exception)
 * @param portArrival      date the cargo arrived at the transit port, or null (P-3 exception)
 */
public record Route(String exportCountry, List<String> transitCountries, String destination, String transitRegime,
                    boolean grantInAid, LocalDate portArrival) {
    public Route {
        Objects.requireNonNull(exportCountry, "exportCountry");
        Objects.requireNonNull(destination, "destination");
        transitCountries = transitCountries == null ? List.of() : List.copyOf(transitCountries);
    }
}
