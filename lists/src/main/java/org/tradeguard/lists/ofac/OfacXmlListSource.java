package org.tradeguard.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tradeguard.lists.IngestReport;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.lists.ListSource;
import org.tradeguard.lists.SourceInput;
import org.tradeguard.model.Entity;
import org.tradeguard.model.Snapshot;

/**
 * What the two OFAC XML readers share: their identity, and a load that streams the one file,
 * joins what was buffered, and builds the entities once the file is closed and the snapshot's
 * SHA-256 is known.
 */
abstract sealed class OfacXmlListSource implements ListSource permits OfacXmlSource, OfacAdvancedXmlSource {

    /** The state of one load; a source holds none between loads. */
    interface Reading {
        /** Reads the root element's content; the reader stands on the root's START_ELEMENT. */
        void root(XMLStreamReader r) throws XMLStreamException;

        /** Called once the file is closed: resolves what was buffered by id. */
        void join();

        /** The publication date the file gives, or null. */
        LocalDate published();

        /** The parties read, in file order, each with its documents, sanctions and links. */
        Collection<OfacXmlParty> parties();
    }

    private final String id;
    private final String title;
    private final LocalDate publishedFallback;
    private final String root;
    private final Set<String> namespaces;
    private final String expected;

    OfacXmlListSource(String id, String title, LocalDate publishedFallback, String root, Set<String> namespaces,
                      String expected) {
        this.id = id;
        this.title = title;
        this.publishedFallback = publishedFallback;
        this.root = root;
        this.namespaces = namespaces;
        this.expected = expected;
    }

    /** A fresh reading state for one load of {@code file}. */
    abstract Reading reading(String file, IngestReport.Builder report);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final ListLoad load(SourceInput input) throws IOException {
        String file = input.singleName();
        IngestReport.Builder report = new IngestReport.Builder(id);
        Reading reading = reading(file, report);
        try (InputStream in = input.openSingle()) {
            OfacXmlStream.parse(in, file, root, namespaces, expected, reading::root);
        }
        reading.join();
        LocalDate published = reading.published() != null ? reading.published() : publishedFallback;
        Snapshot snapshot = new Snapshot(id, title, published, input.sha256(), input.origin());
        List<Entity> entities = new ArrayList<>();
        for (OfacXmlParty p : reading.parties()) {
            for (OfacXmlDraft d : p.drafts()) {
                entities.add(d.build(snapshot));
            }
        }
        return new ListLoad(snapshot, entities, report.build());
    }
}
