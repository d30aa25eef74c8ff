package org.tradeguard.server;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tradeguard.model.Entity;
import org.tradeguard.model.ScreeningQuery;

/**
 * The two identities a remembered decision hangs on.
 *
 * <p>Subject fingerprint: the same customer screened again should be recognised although the
 * spelling of whitespace and case varies, but a changed birth date, country or identifier is a
 * different subject. So: NFKC, lower case (ROOT), runs of whitespace as one space; then schema,
 * country, birth date and the sorted identifiers; the caller's reference is not part of it.
 *
 * <p>Entity version: SHA-256 of the listed entity's schema and properties in a canonical order;
 * any change to the listing (a new alias, a changed birth date) gives a new version, so an earlier
 * decision no longer covers it.
 */
final class Fingerprints {
    private Fingerprints() {}

    static String subject(ScreeningQuery q) {
        List<String> ids = new ArrayList<>();
        for (String id : q.identifiers()) {
            ids.add(norm(id));
        }
        ids.sort(null);
        StringBuilder sb = new StringBuilder("subject-v1\n");
        sb.append(norm(q.name())).append('\n');
        sb.append(q.schema() == null ? "" : q.schema().code()).append('\n');
        sb.append(q.country() == null ? "" : q.country()).append('\n');
        sb.append(q.birthDate() == null ? "" : q.birthDate().toString()).append('\n');
        sb.append(String.join("\u001f", ids));
        return ListSet.sha256(sb.toString());
    }

    static String entityVersion(Entity e) {
        StringBuilder sb = new StringBuilder("entity-v1\n").append(e.id()).append('\n').append(e.schema().code()).append('\n');
        Map<String, List<String>> sorted = new TreeMap<>(e.properties());
        sorted.forEach((k, vs) -> {
            List<String> values = new ArrayList<>(vs);
            values.sort(null);
            sb.append(k).append('=');
            for (String v : values) {
                sb.append(v.length()).append(':').append(v);
            }
            sb.append('\n');
        });
        return ListSet.sha256(sb.toString());
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
