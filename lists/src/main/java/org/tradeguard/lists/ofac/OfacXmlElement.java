package org.tradeguard.lists.ofac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One record element (an {@code sdnEntry}, a {@code DistinctParty}, a {@code Location} ...) read
 * off a StAX stream into a small tree. Only one record is held at a time, never the whole file;
 * the tree lets the mappers look fields up by name and gives the compact serialisation kept as
 * the entity's raw provenance.
 */
final class OfacXmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final List<OfacXmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private OfacXmlElement(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    /** Reads the element the reader stands on (a START_ELEMENT) up to and including its end tag. */
    static OfacXmlElement read(XMLStreamReader r) throws XMLStreamException {
        OfacXmlElement root = start(r);
        List<OfacXmlElement> open = new ArrayList<>();
        open.add(root);
        while (!open.isEmpty()) {
            int event = r.next();
            OfacXmlElement top = open.get(open.size() - 1);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    OfacXmlElement child = start(r);
                    top.children.add(child);
                    open.add(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> top.text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
        return root;
    }

    private static OfacXmlElement start(XMLStreamReader r) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return new OfacXmlElement(r.getLocalName(), attrs);
    }

    String name() {
        return name;
    }

    /** The stripped text content, or null when blank. */
    String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** An attribute's value, or null when absent or blank. */
    String attr(String attribute) {
        String v = attributes.get(attribute);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The first child of that name, or null. */
    OfacXmlElement child(String childName) {
        for (OfacXmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<OfacXmlElement> children() {
        return children;
    }

    /** All children of that name, in document order. */
    List<OfacXmlElement> children(String childName) {
        List<OfacXmlElement> out = new ArrayList<>();
        for (OfacXmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The children of the named list element ({@code akaList/aka}); empty when the list is absent. */
    List<OfacXmlElement> list(String listName, String itemName) {
        OfacXmlElement l = child(listName);
        return l == null ? List.of() : l.children(itemName);
    }

    /** The stripped text of the first child of that name, or null when absent or blank. */
    String childText(String childName) {
        OfacXmlElement c = child(childName);
        return c == null ? null : c.text();
    }

    /**
     * Compact XML: no namespace prefixes, no indentation, whitespace-only text dropped. Kept as
     * the raw record so evidence can quote what the list said.
     */
    String toXml() {
        StringBuilder sb = new StringBuilder(256);
        write(sb);
        return sb.toString();
    }

    private void write(StringBuilder sb) {
        sb.append('<').append(name);
        attributes.forEach((k, v) -> {
            sb.append(' ').append(k).append("=\"");
            escape(sb, v, true);
            sb.append('"');
        });
        String t = text();
        if (t == null && children.isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        if (t != null) {
            escape(sb, t, false);
        }
        for (OfacXmlElement c : children) {
            c.write(sb);
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
    }
}
