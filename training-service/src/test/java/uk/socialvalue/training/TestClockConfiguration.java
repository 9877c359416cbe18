package uk.socialvalue.training;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import uk.socialvalue.support.test.MutableClock;

/**
 * The service's clock, which keeps running (leases and back-offs work) and which a test can move to after a
 * session starts; tests that move it put it back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
