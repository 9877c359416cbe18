package uk.socialvalue.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The commands each service has sent the store so far, as its MongoDB driver counts them: Micrometer's
 * {@code mongodb.driver.commands} timer, read from the service's Prometheus endpoint on its management port.
 * The difference of two readings is what the work between them cost the store, a count that does not move with
 * the machine's speed the way a rate does.
 *
 * @param counts  commands sent, by service, collection and command
 */
record StoreCommands(Map<Key, Long> counts) {

    /** A kind of command: {@code find} on {@code sessions} in training-service, say. */
    record Key(String service, String collection, String command) {

        @Override
        public String toString() {
            return service.replace("-service", "") + " " + command + " " + collection;
        }
    }

    /**
     * What a reading itself costs: each service's gauges of dead letters and parked events count them in the store
     * when the metrics are read. Left out, so that two readings with nothing between them are equal.
     */
    private static final Set<String> READ_BY_GAUGES = Set.of("deadLetters", "outboxParked");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern COUNT = Pattern.compile("^mongodb_driver_commands_seconds_count\\{(.*)} (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Reads every service's counts now; {@code prometheusUrls} by service name. */
    static StoreCommands read(Map<String, String> prometheusUrls) {
        Map<Key, Long> counts = new TreeMap<>(Comparator.comparing(Key::toString));
        prometheusUrls.forEach((service, url) -> {
            Matcher line = COUNT.matcher(scrape(url));
            while (line.find()) {
                Map<String, String> labels = new LinkedHashMap<>();
                Matcher label = LABEL.matcher(line.group(1));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                if (READ_BY_GAUGES.contains(labels.get("collection")) && "aggregate".equals(labels.get("command"))) {
                    continue;
                }
                // one series per status and server: summed over them
                counts.merge(new Key(service, labels.get("collection"), labels.get("command")),
                        (long) Double.parseDouble(line.group(2)), Long::sum);
            }
        });
        return new StoreCommands(counts);
    }

    /** What was sent after {@code earlier} was read, leaving out what did not change. */
    StoreCommands since(StoreCommands earlier) {
        Map<Key, Long> sent = new TreeMap<>(Comparator.comparing(Key::toString));
        counts.forEach((key, count) -> {
            long more = count - earlier.counts.getOrDefault(key, 0L);
            if (more > 0) {
                sent.put(key, more);
            }
        });
        return new StoreCommands(sent);
    }

    /** The kinds of command it counts. */
    Set<Key> kinds() {
        return Set.copyOf(counts.keySet());
    }

    /** The counts of every other kind. */
    StoreCommands without(Set<Key> kinds) {
        Map<Key, Long> rest = new TreeMap<>(Comparator.comparing(Key::toString));
        counts.forEach((key, count) -> {
            if (!kinds.contains(key)) {
                rest.put(key, count);
            }
        });
        return new StoreCommands(rest);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The totals by service, each divided by {@code per}, to a tenth. */
    Map<String, Double> byService(int per) {
        Map<String, Double> totals = counts.entrySet().stream().collect(Collectors.groupingBy(
                entry -> entry.getKey().service(), TreeMap::new, Collectors.summingDouble(Map.Entry::getValue)));
        totals.replaceAll((service, total) -> Report.round(total / per));
        return totals;
    }

    /** The kinds of command that were sent most, largest first, each divided by {@code per}. */
    List<String> largest(int kinds, int per) {
        return counts.entrySet().stream().sorted(Map.Entry.<Key, Long>comparingByValue().reversed()).limit(kinds)
                .map(entry -> entry.getKey() + " " + Report.round((double) entry.getValue() / per)).toList();
    }

    private static String scrape(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + url, e);
        }
    }
}
