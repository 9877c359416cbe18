package uk.socialvalue.support.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/** An {@link ApiClient} for the service under test, on its random port, to autowire into tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ApiClientConfiguration {

    /** Lazy: the port is known only once the web server has started, after the beans are made. */
    @Bean
    @Lazy
    ApiClient apiClient(Environment environment) {
        return ApiClient.onPort(environment.getRequiredProperty("local.server.port", Integer.class));
    }
}
