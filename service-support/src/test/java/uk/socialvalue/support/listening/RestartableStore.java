package uk.socialvalue.support.listening;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB wire-protocol store on a port of its own that a test can stop and start again, as a store
 * restarts or a replica set elects a new primary. It comes back empty: it stands for the store being away, not
 * for its data.
 */
final class RestartableStore implements AutoCloseable {

    private final int port;
    private MongoServer server;

    RestartableStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        port = address.getPort();
    }

    /** A connection string that gives up on an absent store after a second rather than the default 30. */
    String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000";
    }

    void stop() {
        server.shutdownNow();
    }

    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
