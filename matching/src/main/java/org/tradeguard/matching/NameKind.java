package org.tradeguard.matching;

import org.tradeguard.model.Prop;

/** Which property a list name came from; weak aliases confirm, never trigger alone. */
enum NameKind {
    NAME(Prop.NAME), ALIAS(Prop.ALIAS), PREVIOUS(Prop.PREVIOUS_NAME), WEAK(Prop.WEAK_ALIAS);

    final String property;

    NameKind(String property) {
        this.property = property;
    }
}
