package uk.socialvalue.notification.delivery.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that accepts every email but holds its answer to each one until the test opens it, so that a
 * test can keep the senders busy mid-email for as long as it needs: what a slow or stalled server does to the
 * dispatcher, over the real protocol. Once opened it answers at once.
 */
final class HeldSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicInteger waiting = new AtomicInteger();
    private final Queue<String> accepted = new ConcurrentLinkedQueue<>();

    HeldSmtpServer() {
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "held-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Answers every email held so far, and every later one at once. */
    void open() {
        open.countDown();
    }

    /** How many emails have been sent in full and wait for the server's answer. */
    int waiting() {
        return waiting.get();
    }

    /** The recipient of each email it accepted, in the order it did. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread conversation = new Thread(() -> converse(client), "held-smtp-client");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // closed: the loop ends
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
            reply(out, "220 held.test ESMTP");
            String line;
            String recipient = null;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 held.test");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself: only its end matters here
                        }
                        waiting.incrementAndGet();
                        open.await(1, TimeUnit.MINUTES);
                        waiting.decrementAndGet();
                        accepted.add(recipient);
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // MAIL, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the client hung up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        open();
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
