package uk.socialvalue.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import uk.socialvalue.support.test.MutableClock;

/**
 * The service's clock, which tests move to drive the back-off. It follows real time until moved, and the
 * retry delays in {@link NotificationIntegrationTest} are minutes, so a failed email waits for the test to
 * move the clock; tests that move it reset it afterwards, because the context is shared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
