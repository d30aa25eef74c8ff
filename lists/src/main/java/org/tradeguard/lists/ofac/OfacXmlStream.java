package org.tradeguard.lists.ofac;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.Xml;

/**
 * Opens one OFAC XML file with the hardened StAX factory, checks its root element and namespace,
 * and turns every well-formedness error into a {@link ListFormatException} naming the file, the
 * line and column, and what was expected: a file that is not the format is rejected whole.
 */
final class OfacXmlStream {
    private OfacXmlStream() {}

    /** Reads the body of the root element; the reader stands on the root's START_ELEMENT. */
    @FunctionalInterface
    interface Body {
        void read(XMLStreamReader r) throws XMLStreamException;
    }

    static void parse(InputStream raw, String file, String root, Set<String> namespaces, String expected, Body body)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(1);
        if (in.read() < 0) {
            throw new ListFormatException(file, "", "empty file; expected " + expected);
        }
        in.reset();
        try {
            XMLStreamReader r = Xml.inputFactory().createXMLStreamReader(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, whitespace
            }
            if (!r.isStartElement()) {
                throw new ListFormatException(file, "", "no root element; expected " + expected);
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            if (!root.equals(r.getLocalName()) || !namespaces.contains(ns)) {
                throw new ListFormatException(file, "/" + r.getLocalName(), "root element <" + r.getLocalName()
                        + "> in namespace '" + ns + "'; expected " + expected + ": <" + root + "> in one of " + namespaces);
            }
            body.read(r);
            while (r.hasNext()) {
                // reading on to the end makes trailing garbage after the root element an error too
                r.next();
            }
            // frees the parser's buffers only; on the error paths below the caller's
            // try-with-resources closes the stream, which is all that holds a resource
            r.close();
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String where = l == null ? "" : "line " + l.getLineNumber() + " column " + l.getColumnNumber();
            throw new ListFormatException(file, where, "not well-formed XML (" + e.getMessage().strip()
                    + "); expected " + expected, e);
        }
    }

    /**
     * Moves to the next child element of the element being read. Returns true on its
     * START_ELEMENT, false on the parent's END_ELEMENT.
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Skips the element the reader stands on, with everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
