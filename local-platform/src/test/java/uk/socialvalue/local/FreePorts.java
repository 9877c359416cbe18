package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nobody listens on, so the tests never clash with a running local stack or each other. */
final class FreePorts {

    private FreePorts() {
    }

    /** A free port for every part of the platform. */
    static Settings.Ports forPlatform() {
        return new Settings.Ports(next(), next(), next(), next(), next(), next(), next(), next(), next());
    }

    static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
