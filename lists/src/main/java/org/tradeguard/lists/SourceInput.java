package org.tradeguard.lists;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one snapshot (one file, or a set such as OFAC's sdn/add/alt/comments), wherever
 * they are: a path, a directory, bundled resources or bytes. Every stream opened through it is
 * hashed as it is read, so the snapshot's SHA-256 always describes the bytes actually read.
 */
public final class SourceInput {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String origin;
    private final Map<String, Opener> files;
    private final Map<String, String> hashes = new TreeMap<>();

    private SourceInput(String origin, Map<String, Opener> files) {
        this.origin = origin;
        this.files = files;
    }

    /** A single file, or every regular file in a directory. */
    public static SourceInput ofPath(Path path) throws IOException {
        Map<String, Opener> files = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> files.put(p.getFileName().toString(), () -> Files.newInputStream(p)));
            }
        } else if (Files.isRegularFile(path)) {
            files.put(path.getFileName().toString(), () -> Files.newInputStream(path));
        } else {
            throw new NoSuchFileException(path.toString(), null, "no such file or directory");
        }
        return new SourceInput(path.toString(), files);
    }

    /** Named files given by path (e.g. an OFAC set whose files live in different folders). */
    public static SourceInput ofPaths(String origin, Map<String, Path> named) {
        Map<String, Opener> files = new LinkedHashMap<>();
        named.forEach((name, p) -> files.put(name, () -> Files.newInputStream(p)));
        return new SourceInput(origin, files);
    }

    /** Resources under {@code dir} on the class path of {@code anchor}. */
    public static SourceInput ofResources(Class<?> anchor, String dir, List<String> names) {
        Map<String, Opener> files = new LinkedHashMap<>();
        for (String name : names) {
            String res = dir + "/" + name;
            files.put(name, () -> {
                InputStream in = anchor.getResourceAsStream(res);
                if (in == null) {
                    throw new NoSuchFileException(res, null, "bundled resource missing");
                }
                return in;
            });
        }
        return new SourceInput("bundled:" + dir, files);
    }

    /** In-memory content, for tests and uploads. */
    public static SourceInput ofBytes(String name, byte[] content) {
        Map<String, Opener> files = new LinkedHashMap<>();
        files.put(name, () -> new ByteArrayInputStream(content));
        return new SourceInput("bytes:" + name, files);
    }

    /** In-memory text, UTF-8. */
    public static SourceInput ofText(String name, String content) {
        return ofBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public String origin() {
        return origin;
    }

    public List<String> files() {
        return new ArrayList<>(files.keySet());
    }

    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** Opens a named file; its bytes are hashed as they are read and drained on close. */
    public InputStream open(String name) throws IOException {
        Opener o = files.get(name);
        if (o == null) {
            throw new NoSuchFileException(origin + "/" + name, null, "not in this source input (has " + files.keySet() + ")");
        }
        return new HashingStream(name, o.open());
    }

    /** The one file of a single-file input; fails clearly when the input holds several. */
    public InputStream openSingle() throws IOException {
        if (files.size() != 1) {
            throw new ListFormatException(origin, "", "expected exactly one file, found " + files.keySet());
        }
        return open(files.keySet().iterator().next());
    }

    /** The name of the one file of a single-file input. */
    public String singleName() {
        return files.size() == 1 ? files.keySet().iterator().next() : origin;
    }

    /**
     * SHA-256 of what was read: for one file its own hash; for several, the hash of the sorted
     * lines {@code "<name> <sha256>\n"}. Call after the reader has closed its streams.
     */
    public synchronized String sha256() {
        if (hashes.size() == 1) {
            return hashes.values().iterator().next();
        }
        StringBuilder sb = new StringBuilder();
        hashes.forEach((n, h) -> sb.append(n).append(' ').append(h).append('\n'));
        return hex(digest().digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Per-file hashes of what was read, by file name. */
    public synchronized Map<String, String> fileHashes() {
        return new TreeMap<>(hashes);
    }

    private synchronized void finished(String name, String sha) {
        hashes.put(name, sha);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private final class HashingStream extends FilterInputStream {
        private final String name;
        private final MessageDigest md = digest();
        private boolean closed;

        HashingStream(String name, InputStream in) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                md.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                md.update(buf, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[8192];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                byte[] buf = new byte[8192];
                while (read(buf, 0, buf.length) >= 0) {
                    // drain so the hash covers the whole file
                }
                finished(name, hex(md.digest()));
            } finally {
                super.close();
            }
        }
    }
}
