package org.tradeguard.lists.un;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListFormatException;
import org.tradeguard.lists.Xml;

/**
 * Streams the UN consolidated list XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS/INDIVIDUAL}
 * and {@code ENTITIES/ENTITY}) and hands each record element, captured as a small tree, to a sink.
 */
final class UnXmlReader {

    static final String ROOT = "CONSOLIDATED_LIST";

    /** Receives one record element and its path, e.g. {@code /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[17]}. */
    @FunctionalInterface
    interface Sink {
        void accept(XmlNode record, String path);
    }

    private UnXmlReader() {}

    /**
     * Reads the whole stream. Returns the root's {@code dateGenerated} attribute (null when absent).
     *
     * @throws ListFormatException when the file is empty, not well-formed or not a UN list
     */
    static String read(InputStream raw, String file, IngestReport.Builder report, Sink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(1);
        if (in.read() < 0) {
            throw new ListFormatException(file, "", "empty file, expected UN consolidated list XML (root " + ROOT + ")");
        }
        in.reset();
        try {
            XMLStreamReader r = Xml.inputFactory().createXMLStreamReader(in);
            r.nextTag();
            if (!ROOT.equals(r.getLocalName())) {
                throw new ListFormatException(file, where(r.getLocation()),
                        "root element is " + r.getLocalName() + ", expected " + ROOT);
            }
            String generated = r.getAttributeValue(null, "dateGenerated");
            readLists(r, report, sink);
            // the caller closes the byte stream; this only releases the parser
            r.close();
            return generated;
        } catch (XMLStreamException e) {
            throw new ListFormatException(file, where(e.getLocation()), "XML not well-formed: " + firstLine(e.getMessage()), e);
        }
    }

    private static void readLists(XMLStreamReader r, IngestReport.Builder report, Sink sink)
            throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String list = r.getLocalName();
            String record = switch (list) {
                case "INDIVIDUALS" -> "INDIVIDUAL";
                case "ENTITIES" -> "ENTITY";
                default -> null;
            };
            if (record == null) {
                report.count("unexpected element /" + ROOT + "/" + list);
                capture(r);
                continue;
            }
            int index = 0;
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                XmlNode node = capture(r);
                if (!name.equals(record)) {
                    report.count("unexpected element /" + ROOT + "/" + list + "/" + name);
                    continue;
                }
                index++;
                sink.accept(node, "/" + ROOT + "/" + list + "/" + record + "[" + index + "]");
            }
        }
        // after the root's end tag only the document end may follow; next() fails on trailing junk
        while (r.hasNext()) {
            r.next();
        }
    }

    /** Captures the element the reader stands on, up to and including its end tag. */
    private static XmlNode capture(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> children.add(capture(r));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, text.toString(), children);
                }
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
    }

    private static String where(Location loc) {
        return loc == null ? "" : "line " + loc.getLineNumber() + " column " + loc.getColumnNumber();
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "";
        }
        // the JDK's messages start with "ParseError at [row,col]:[..]\nMessage: ..."; keep the message
        int m = msg.indexOf("Message: ");
        String s = m >= 0 ? msg.substring(m + 9) : msg;
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
