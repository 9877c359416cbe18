package uk.socialvalue.notification.delivery.sending;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection that carries batches of emails. Opening a connection costs a round of EHLO (and TLS and
 * AUTH on a real relay), so a batch pays it once instead of once per email. A send that fails on a broken
 * connection is tried once more on a fresh one before it counts as a failed attempt.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final JavaMailSenderImpl settings;
    private final Session session;
    private Transport transport;

    private SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.putAll(settings.getSession().getProperties());
        properties.putIfAbsent("mail.smtp.socketFactory", NoDelaySockets.INSTANCE);
        this.session = Session.getInstance(properties);
    }

    /** Opens a connection with the host, port and credentials of Boot's {@code spring.mail.*} settings. */
    static SmtpConnection open(JavaMailSenderImpl settings) throws SmtpUnavailableException {
        var connection = new SmtpConnection(settings);
        connection.connect();
        return connection;
    }

    /** Whether the server still answers on it (a NOOP): a connection kept between batches may have timed out. */
    boolean isConnected() {
        try {
            return transport != null && transport.isConnected();
        } catch (RuntimeException e) {
            return false;
        }
    }

    Session session() {
        return session;
    }

    /** Sends the message as it is: one not yet saved is saved on the way, one saved keeps its headers. */
    void send(MimeMessage message) throws SmtpUnavailableException, UndeliverableException, MessagingException {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
            if (isPermanent(e)) {
                throw new UndeliverableException(e.getMessage(), e);
            }
            throw e;
        } catch (MessagingException e) {
            if (transport.isConnected()) {
                throw e;
            }
            log.info("SMTP connection dropped ({}); sending again on a fresh one", e.getMessage());
            close();
            connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private void connect() throws SmtpUnavailableException {
        try {
            transport = session.getTransport(settings.getProtocol() == null ? "smtp" : settings.getProtocol());
            transport.connect(settings.getHost(), settings.getPort(), settings.getUsername(), settings.getPassword());
        } catch (MessagingException e) {
            throw new SmtpUnavailableException("Cannot connect to SMTP server " + settings.getHost() + ":"
                    + settings.getPort() + ": " + rootMessage(e), e);
        }
    }

    /**
     * A refusal with a 5xx code for a recipient is final; a 4xx (mailbox busy, greylisting) is not. The mail
     * provider reports each refused recipient as a nested SendFailedException whose message is the server's
     * reply, code first (the provider's own exception type is not part of the Jakarta Mail API).
     */
    private static boolean isPermanent(SendFailedException e) {
        for (Exception next = e.getNextException(); next != null;
                next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SendFailedException refused && refused.getMessage() != null
                    && refused.getMessage().startsWith("5")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause == failure ? failure.getMessage() : failure.getMessage() + ": " + cause.getMessage();
        return failure.getClass().getSimpleName() + ": " + message;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("Closing the SMTP connection failed", e);
            }
            transport = null;
        }
    }
}
