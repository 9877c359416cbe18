package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ports nobody listens on, so the tests never clash with a running local stack or each other: neither within
 * this JVM nor with another test JVM starting a platform at the same time (the build tests end-to-end,
 * resilience and benchmarks side by side, each with a platform of its own).
 * <p>
 * A port handed out is not bound until its part starts, so it is claimed first: by a lock on a file named after
 * it in {@code java.io.tmpdir/svuk-test-ports}, held until this JVM ends. The system drops the lock with the
 * process however it ends, so a killed test run leaves nothing claimed.
 */
final class FreePorts {

    /** Those a service's first port leads to: its management port, and those of a second instance. */
    private static final int[] SERVICE_OFFSETS = {100, 10, 110};
    private static final Path CLAIMS = Path.of(System.getProperty("java.io.tmpdir"), "svuk-test-ports");
    private static final Map<Integer, FileLock> CLAIMED = new HashMap<>();

    private FreePorts() {
    }

    /** A free port for every part of the platform, with room beside each service's for a second instance. */
    static Settings.Ports forPlatform() {
        return new Settings.Ports(next(), next(), next(), next(), next(), forService(), forService(), forService(),
                next());
    }

    /**
     * A free port not handed out before. The system may give the same port to two binds in a row once the first
     * is closed: the mail catcher and Kafka's controller were once given the same one.
     */
    static synchronized int next() {
        for (int tries = 0; tries < 100; tries++) {
            int port = anyFree();
            if (claim(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port not handed out before after 100 tries");
    }

    /** A free port whose management and second-instance ports are free too. */
    static synchronized int forService() {
        for (int tries = 0; tries < 100; tries++) {
            int port = anyFree();
            List<Integer> ports = new ArrayList<>(List.of(port));
            for (int offset : SERVICE_OFFSETS) {
                ports.add(port + offset);
            }
            if (ports.stream().allMatch(FreePorts::isFree) && claimAll(ports)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port with room for a second instance after 100 tries");
    }

    /**
     * Whether this JVM now holds the port: it was not handed out here before, and no other JVM holds it.
     */
    static synchronized boolean claim(int port) {
        if (CLAIMED.containsKey(port)) {
            return false;
        }
        try {
            Files.createDirectories(CLAIMS);
            FileChannel channel = FileChannel.open(CLAIMS.resolve(port + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            CLAIMED.put(port, lock);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claims every one of the ports, or none of them. */
    private static boolean claimAll(List<Integer> ports) {
        List<Integer> claimed = new ArrayList<>();
        for (int port : ports) {
            if (!claim(port)) {
                claimed.forEach(FreePorts::release);
                return false;
            }
            claimed.add(port);
        }
        return true;
    }

    private static void release(int port) {
        try {
            CLAIMED.remove(port).channel().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
