package uk.socialvalue.portal.api;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP client for all three services: a small connection pool, HTTP/1.1, the configured timeouts. */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    @Bean
    HttpClient serviceHttpClient(ServiceProperties properties) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Bean
    MembershipApi membershipApi(RestClient.Builder builder, HttpClient http, ServiceProperties properties,
            AccessTokens tokens, JsonMapper json) {
        return new MembershipApi(new ServiceClient("membership-service", properties.membershipUrl(), builder, http,
                properties, tokens, json));
    }

    @Bean
    TrainingApi trainingApi(RestClient.Builder builder, HttpClient http, ServiceProperties properties,
            AccessTokens tokens, JsonMapper json) {
        return new TrainingApi(new ServiceClient("training-service", properties.trainingUrl(), builder, http,
                properties, tokens, json));
    }

    @Bean
    NotificationApi notificationApi(RestClient.Builder builder, HttpClient http, ServiceProperties properties,
            AccessTokens tokens, JsonMapper json) {
        return new NotificationApi(new ServiceClient("notification-service", properties.notificationUrl(), builder,
                http, properties, tokens, json));
    }
}
