package uk.socialvalue.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A GreenMail SMTP server for one application context, wired into {@code spring.mail.port} (its host,
 * {@code 127.0.0.1}, is a property of {@link NotificationIntegrationTest}). It keeps its port
 * across {@code stop()} and {@code start()}, so an outage test can take it away and bring it back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GreenMailConfiguration {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        var greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @Bean
    DynamicPropertyRegistrar greenMailProperties(GreenMail greenMail) {
        int port = greenMail.getSmtp().getServerSetup().getPort();
        return registry -> registry.add("spring.mail.port", () -> port);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
