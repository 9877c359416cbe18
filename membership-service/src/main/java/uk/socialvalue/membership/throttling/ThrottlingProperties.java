package uk.socialvalue.membership.throttling;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * How often anyone may try. Each limit allows {@code attempts} within {@code period}, counted from the first;
 * once they are used up, the answer is 429 with {@code Retry-After} until the period has passed.
 *
 * @param failedSignInsPerEmail     wrong passwords for one email address: then even the right one is refused
 * @param signInsPerAddress         sign-in attempts from one client address
 * @param applicationsPerAddress    membership applications from one client address
 * @param passwordResetsPerAddress  password-reset requests from one client address
 */
@ConfigurationProperties("svuk.throttling")
public record ThrottlingProperties(@DefaultValue("5 per 15m") Limit failedSignInsPerEmail,
        @DefaultValue("30 per 5m") Limit signInsPerAddress,
        @DefaultValue("10 per 1h") Limit applicationsPerAddress,
        @DefaultValue("10 per 15m") Limit passwordResetsPerAddress) {

    /**
     * A number of attempts in a period, written {@code 5 per 15m} in configuration.
     *
     * @param attempts  how many are allowed in a period
     * @param period    how long the period lasts
     */
    public record Limit(int attempts, Duration period) {

        private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s+per\\s+(\\S+)\\s*");

        public Limit {
            if (attempts < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A limit needs at least one attempt in a positive period");
            }
        }

        /** A limit as configuration writes it: {@code 5 per 15m}, {@code 100 per 1m}. */
        public static Limit parse(String text) {
            Matcher matcher = TEXT.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("A limit reads like '5 per 15m', not '" + text + "'");
            }
            return new Limit(Integer.parseInt(matcher.group(1)), DurationStyle.detectAndParse(matcher.group(2)));
        }
    }

    Duration longestPeriod() {
        return java.util.stream.Stream.of(failedSignInsPerEmail, signInsPerAddress, applicationsPerAddress,
                passwordResetsPerAddress).map(Limit::period).max(Duration::compareTo).orElseThrow();
    }
}
