package uk.socialvalue.local;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB store of the local stack: mongo-java-server speaking the wire protocol to the services'
 * official driver, on an H2 file so every database survives a restart. No genuine mongod can be
 * installed on the machines this runs on; production uses real MongoDB.
 */
final class MongoStore implements AutoCloseable {

    /**
     * H2's page cache. Its default, 16 MB, is smaller than the pages a busy stack touches (bookings, the delivery
     * log, invoices): profiled under the booking load, reading evicted pages back from the file was a third of
     * the store's work on inserts. It fills only as pages are read, within the launcher's heap.
     */
    static final int CACHE_MB = 64;

    private final MongoServer server;
    private final int port;

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static MongoStore start(Path dataDirectory, int port) {
        Path file = dataDirectory.resolve("mongo").resolve("svuk.mv");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + file.getParent(), e);
        }
        MongoServer server = new MongoServer(new LocalStoreBackend(new MVStore.Builder().fileName(file.toString())
                .cacheSize(CACHE_MB).open()));
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw new IllegalStateException("MongoDB store could not listen on port " + port + " (is another one running?)", e);
        }
        return new MongoStore(server, port);
    }

    String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** Shutting down closes the H2 backend, which writes its last changes to the file. */
    @Override
    public void close() {
        server.shutdown();
    }
}
