package uk.socialvalue.portal.api;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The membership invoices' client, over the same HTTP client, settings and tokens as the other services' clients. */
@Configuration(proxyBeanMethods = false)
class MembershipInvoicesClient {

    @Bean
    MembershipInvoicesApi membershipInvoicesApi(RestClient.Builder builder, HttpClient http,
            ServiceProperties properties, AccessTokens tokens, JsonMapper json) {
        return new MembershipInvoicesApi(new ServiceClient("membership-service", properties.membershipUrl(), builder,
                http, properties, tokens, json));
    }
}
