package uk.socialvalue.local.mail;

import com.sun.net.httpserver.HttpServer;
import org.subethamail.smtp.server.SMTPServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Catches every email the services send: an SMTP server that accepts anything and stores it, and a
 * web server with pages for people and a Mailpit-compatible JSON API for tests. Both listen on the
 * loopback interface only: captured mail is for the person at this machine.
 */
public final class MailCatcher implements AutoCloseable {

    private final MailStore store;
    private final int smtpPort;
    private final HttpServer web;
    private final ExecutorService webThreads;
    private SMTPServer smtp;

    private MailCatcher(MailStore store, int smtpPort, SMTPServer smtp, HttpServer web, ExecutorService webThreads) {
        this.store = store;
        this.smtpPort = smtpPort;
        this.smtp = smtp;
        this.web = web;
        this.webThreads = webThreads;
    }

    /** Starts SMTP on {@code smtpPort} and the pages and API on {@code webPort}, keeping mail in {@code folder}. */
    public static MailCatcher start(Path folder, int smtpPort, int webPort) {
        MailStore store = new MailStore(folder);
        SMTPServer smtp = smtp(store, smtpPort);
        smtp.start();
        ExecutorService webThreads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "mail-catcher-web");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), webPort), 0);
            web.createContext("/api/v1/", new MailApi(store));
            web.createContext("/", new MailPages(store));
            web.setExecutor(webThreads);
            web.start();
            return new MailCatcher(store, smtpPort, smtp, web, webThreads);
        } catch (IOException e) {
            smtp.stop();
            webThreads.shutdownNow();
            throw new UncheckedIOException("Mail catcher could not listen on port " + webPort, e);
        }
    }

    private static SMTPServer smtp(MailStore store, int port) {
        return SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .softwareName("SVUK mail catcher")
                .messageHandler((context, from, to, data) -> store.save(data))
                .build();
    }

    public synchronized int smtpPort() {
        return smtp.isRunning() ? smtp.getPortAllocated() : smtpPort;
    }

    /** Closes the SMTP port, as a mail server that is down does: connections are refused. */
    public synchronized void refuseConnections() {
        smtp.stop();
    }

    /** Opens the SMTP port again, keeping everything received before. */
    public synchronized void acceptConnections() {
        if (!smtp.isRunning()) {
            smtp = smtp(store, smtpPort);
            smtp.start();
        }
    }

    public String webUrl() {
        return "http://localhost:" + web.getAddress().getPort();
    }

    /** SMTP first, so nothing new arrives while the pages close. */
    @Override
    public synchronized void close() {
        smtp.stop();
        web.stop(0);
        webThreads.shutdown();
        try {
            webThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
