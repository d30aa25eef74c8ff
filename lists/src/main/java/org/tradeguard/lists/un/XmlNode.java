package org.tradeguard.lists.un;

import java.util.ArrayList;
import java.util.List;

/**
 * One captured element of a UN list record (an INDIVIDUAL or ENTITY and its descendants). Only a
 * single record is ever held as a tree; the file itself is streamed.
 *
 * @param name     local element name
 * @param text     the element's own character data, as read (may be empty)
 * @param children child elements in document order
 */
record XmlNode(String name, String text, List<XmlNode> children) {

    XmlNode {
        children = List.copyOf(children);
    }

    /** The first child of that name, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** All children of that name, in document order. */
    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child of that name with white space collapsed; empty when absent. */
    String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? "" : clean(c.text);
    }

    /** The texts of the {@code VALUE} children of every child of that name (UN's multi-value form). */
    List<String> values(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : all(childName)) {
            for (XmlNode v : c.all("VALUE")) {
                String t = clean(v.text);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** True when neither this element nor any descendant holds non-blank text. */
    boolean isBlank() {
        if (!text.isBlank()) {
            return false;
        }
        for (XmlNode c : children) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compact XML of this element: no indentation, text stripped, whitespace-only text dropped.
     * Kept as the record's raw form in provenance.
     */
    String toXml() {
        StringBuilder sb = new StringBuilder(256);
        appendXml(sb);
        return sb.toString();
    }

    private void appendXml(StringBuilder sb) {
        String t = text.strip();
        sb.append('<').append(name);
        if (t.isEmpty() && children.isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        escape(t, sb);
        for (XmlNode c : children) {
            c.appendXml(sb);
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
    }

    /**
     * Strips and collapses runs of white space to one space: the list wraps long values over
     * indented lines ("... في\n        غرب إفريقيا"), which is layout, not part of the value.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
