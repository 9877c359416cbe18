package uk.socialvalue.notification.delivery.sending;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** One SMTP connection carries a batch, and survives the server dropping it. */
class SmtpConnectionTests {

    private GreenMail server;
    private JavaMailSenderImpl settings;

    @BeforeEach
    void startServer() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        settings = new JavaMailSenderImpl();
        settings.setHost("127.0.0.1");
        settings.setPort(port);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void sendsABatchOverOneConnection() throws Exception {
        try (var connection = SmtpConnection.open(settings)) {
            for (int i = 0; i < 3; i++) {
                connection.send(message(connection, "Batch " + i));
            }
        }

        assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactly("Batch 0", "Batch 1", "Batch 2");
    }

    @Test
    void sendsOnAFreshConnectionWhenTheServerDroppedTheOldOne() throws Exception {
        try (var connection = SmtpConnection.open(settings)) {
            connection.send(message(connection, "Before"));
            server.stop();
            server.start();

            connection.send(message(connection, "After"));
        }

        assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("After");
    }

    @Test
    void reportsAnUnreachableServer() {
        server.stop();

        assertThatExceptionOfType(SmtpUnavailableException.class).isThrownBy(() -> SmtpConnection.open(settings))
                .withMessageContaining("Cannot connect to SMTP server 127.0.0.1:");
    }

    private static MimeMessage message(SmtpConnection connection, String subject) throws MessagingException {
        var message = new MimeMessage(connection.session());
        var helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom("no-reply@svuk.test");
        helper.setTo("ada@salford.example");
        helper.setSubject(subject);
        helper.setText("Hello");
        return message;
    }
}
