package uk.socialvalue.membership.throttling;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a limit from configuration, written {@code 5 per 15m}. */
@Component
@ConfigurationPropertiesBinding
class LimitConverter implements Converter<String, ThrottlingProperties.Limit> {

    @Override
    public ThrottlingProperties.Limit convert(String text) {
        return ThrottlingProperties.Limit.parse(text);
    }
}
