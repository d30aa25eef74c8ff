package org.tradeguard.lists.ofac;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code ReferenceValueSets} of an OFAC advanced file: every numeric id the rest of the file
 * uses (AliasType, PartySubType, FeatureType, IDRegDocType, Country, Script, SanctionsType ...)
 * with its element, so both its text ("A.K.A.") and its attributes ({@code ISO2},
 * {@code PartyTypeID}) can be looked up. A few hundred small elements, held for one load.
 */
final class OfacAdvancedReferences {
    /** Element name ("AliasType") -> ID -> element. */
    private final Map<String, Map<String, OfacXmlElement>> values = new HashMap<>();

    /** Indexes every {@code <XxxValues><Xxx ID="...">} of the ReferenceValueSets element. */
    OfacAdvancedReferences(OfacXmlElement referenceValueSets) {
        for (OfacXmlElement set : referenceValueSets.children()) {
            for (OfacXmlElement value : set.children()) {
                String id = value.attr("ID");
                if (id != null) {
                    values.computeIfAbsent(value.name(), k -> new HashMap<>()).put(id, value);
                }
            }
        }
    }

    /** The text of a reference value ("A.K.A." for AliasType 1400), or null when the id is unknown. */
    String name(String type, String id) {
        OfacXmlElement e = element(type, id);
        return e == null ? null : e.text();
    }

    /** An attribute of a reference value (Country 11171 ISO2 "RU"), or null. */
    String attr(String type, String id, String attribute) {
        OfacXmlElement e = element(type, id);
        return e == null ? null : e.attr(attribute);
    }

    private OfacXmlElement element(String type, String id) {
        if (id == null) {
            return null;
        }
        Map<String, OfacXmlElement> byId = values.get(type);
        return byId == null ? null : byId.get(id);
    }
}
