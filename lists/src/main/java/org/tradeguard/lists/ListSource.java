package org.tradeguard.lists;

import java.io.IOException;

/**
 * One list format from one authority: reads a {@link SourceInput} into entities. Implementations
 * stream (a CSV parser or StAX, never a DOM), skip and report a broken record, and throw
 * {@link ListFormatException} for a broken file so the previous snapshot stays in service.
 */
public interface ListSource {

    /** Stable source id, e.g. {@code ofac-sdn}, {@code un}; also the dataset name of its entities. */
    String id();

    /** Human title, e.g. "UN Security Council Consolidated List". */
    String title();

    /** Reads the whole input. Thread-safe: a source holds no state between loads. */
    ListLoad load(SourceInput input) throws IOException;
}
