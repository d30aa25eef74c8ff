package org.tradeguard.lists.ofac;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.model.Entity;

/** Reads the test excerpts and finds entities in a load; shared by the OFAC XML tests. */
final class OfacXmlTestSupport {
    private OfacXmlTestSupport() {}

    /** A test resource as UTF-8 text, e.g. {@code ofac-xml/classic-excerpt.xml}. */
    static String text(String resource) {
        try (InputStream in = OfacXmlTestSupport.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entity entity(ListLoad load, String id) {
        return load.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no entity " + id));
    }

    /** {@code text} with {@code from} replaced once; fails when {@code from} is not there, so a test cannot silently test nothing. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the excerpt: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The load fails whole: not well-formed XML, reported with file, line and what was expected. */
    static void assertNotWellFormed(ThrowingCallable load, String file, String expected) {
        assertThatThrownBy(load)
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith(file + " line ")
                .hasMessageContaining("not well-formed XML")
                .hasMessageContaining("expected " + expected);
    }
}
