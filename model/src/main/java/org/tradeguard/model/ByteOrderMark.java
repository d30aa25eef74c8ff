package org.tradeguard.model;

import java.io.BufferedReader;
import java.io.IOException;

/** Text files saved by Excel or Notepad as "UTF-8" start with a byte order mark: it is not data. */
public final class ByteOrderMark {
    private ByteOrderMark() {}

    /** Consumes a leading U+FEFF, if there is one; returns the same reader. */
    public static BufferedReader skip(BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }
}
