package uk.socialvalue.membership;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import uk.socialvalue.support.test.MutableClock;

/** The service's clock, which tests may move to drive the lifecycle job. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
