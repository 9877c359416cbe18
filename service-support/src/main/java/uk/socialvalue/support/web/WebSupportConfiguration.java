package uk.socialvalue.support.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details for every error, in every service, and the limits a request must keep to
 * ({@link RequestLimits}): its body's size, checked before anything else reads it, and its JSON's nesting and
 * string length, checked by the parser as it reads.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(RequestLimits.class)
@Import(ProblemDetailsAdvice.class)
public class WebSupportConfiguration {

    /** Boot's JSON mapper, as Boot would build it, on a parser that enforces the limits. */
    @Bean
    @Scope("prototype")
    @ConditionalOnMissingBean
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers,
            RequestLimits limits) {
        JsonFactory parser = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonNestingDepth())
                .maxStringLength(limits.maxJsonStringLength())
                .build()).build();
        JsonMapper.Builder builder = JsonMapper.builder(parser);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /** First of all filters, security included: an oversized body costs nothing to refuse. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimits limits, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
