package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Ports nobody listens on, so the tests never clash with a running local stack or each other. */
final class FreePorts {

    /** Those a service's first port leads to: its management port, and those of a second instance. */
    private static final int[] SERVICE_OFFSETS = {100, 10, 110};
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A free port for every part of the platform, with room beside each service's for a second instance. */
    static Settings.Ports forPlatform() {
        return new Settings.Ports(next(), next(), next(), next(), next(), forService(), forService(), forService(),
                next());
    }

    /**
     * A free port not handed out before. The system may give the same port to two binds in a row once the first
     * is closed, and a port handed out is not bound until its part starts: the mail catcher and Kafka's
     * controller were once given the same one.
     */
    static synchronized int next() {
        for (int tries = 0; tries < 100; tries++) {
            int port = anyFree();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port not handed out before after 100 tries");
    }

    /** A free port whose management and second-instance ports are free too. */
    static synchronized int forService() {
        for (int tries = 0; tries < 100; tries++) {
            int port = anyFree();
            boolean roomy = Arrays.stream(SERVICE_OFFSETS).allMatch(offset -> isFree(port + offset)
                    && !HANDED_OUT.contains(port + offset)) && !HANDED_OUT.contains(port);
            if (roomy) {
                HANDED_OUT.add(port);
                Arrays.stream(SERVICE_OFFSETS).forEach(offset -> HANDED_OUT.add(port + offset));
                return port;
            }
        }
        throw new IllegalStateException("No free port with room for a second instance after 100 tries");
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        return port < 65536 && Polling.isFree(port);
    }
}
