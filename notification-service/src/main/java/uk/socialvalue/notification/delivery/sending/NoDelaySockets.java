package uk.socialvalue.notification.delivery.sending;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off, for the SMTP connections. With it on, the small write that ends a
 * message's data (the line with a lone dot) waits for the server to acknowledge the body, which the server
 * delays (up to 40 ms on Linux) while it waits for more: every email stalled there, so two senders carried
 * about fifty emails a second. Jakarta Mail takes the factory as {@code mail.smtp.socketFactory}; STARTTLS
 * layers TLS over the socket as before.
 */
final class NoDelaySockets extends SocketFactory {

    static final NoDelaySockets INSTANCE = new NoDelaySockets();

    private NoDelaySockets() {
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(new Socket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
