package uk.socialvalue.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock as a {@link MutableClock}: it follows real time, and a test may move it (to drive a
 * job, a back-off or a deadline) as long as it puts it back, because the context is shared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }
}
