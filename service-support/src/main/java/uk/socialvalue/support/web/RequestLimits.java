package uk.socialvalue.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may ask of a service before it is refused, so that no request can exhaust its heap: a
 * larger body is answered with 413, deeper JSON or a longer string with 400, each as a problem detail.
 *
 * @param maxBodySize            the largest request body, JSON or form (the largest real request, a session
 *                               with a long description, is a few KB)
 * @param maxJsonNestingDepth    how deeply JSON objects and arrays may nest (real requests nest three deep)
 * @param maxJsonStringLength    the longest string in a JSON body, in characters
 */
@ConfigurationProperties("svuk.web")
public record RequestLimits(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("32") int maxJsonNestingDepth,
        @DefaultValue("50000") int maxJsonStringLength) {
}
