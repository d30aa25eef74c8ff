package org.tradeguard.controls.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One JSON array file changed under a lock: an in-process lock per path (a JVM cannot hold two
 * FileChannel locks on one file) and a FileChannel lock on {@code <file>.lock} against other
 * processes. A change is written to a temporary file and renamed over the old one atomically, so
 * readers see the old or the new array, never half of one.
 */
final class JsonFile {
    /** Exact decimals both ways: 10.50 stays 10.50, never a double. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;

    JsonFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    Path path() {
        return file;
    }

    /** Reads the array (empty when the file does not exist yet). */
    ArrayNode read() {
        return locked(a -> null, false);
    }

    /** Applies {@code change} to the array under the locks; a null result leaves the file as it was. */
    <R> R update(Function<ArrayNode, R> change) {
        return locked(change, true);
    }

    private <R> R locked(Function<ArrayNode, R> change, boolean write) {
        ReentrantLock inProcess = LOCKS.computeIfAbsent(file, k -> new ReentrantLock());
        inProcess.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.lock()) {
                ArrayNode array = load();
                if (!write) {
                    @SuppressWarnings("unchecked")
                    R r = (R) array;
                    return r;
                }
                R result = change.apply(array);
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                MAPPER.writeValue(tmp.toFile(), array);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inProcess.unlock();
        }
    }

    private ArrayNode load() throws IOException {
        if (!Files.exists(file)) {
            return MAPPER.createArrayNode();
        }
        JsonNode n = MAPPER.readTree(file.toFile());
        if (n == null || !n.isArray()) {
            throw new IOException(file + ": expected a JSON array of records");
        }
        return (ArrayNode) n;
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
