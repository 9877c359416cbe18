package uk.socialvalue.membership.engagement;

/**
 * Where an event was read from: a Kafka record's topic, partition and offset. Records of one partition are
 * handled in offset order, so an organisation that remembers the highest offset it has counted from each
 * partition knows whether a record redelivered after a crash has been counted already.
 */
public record Source(String topic, int partition, long offset) {

    /** The partition, as {@code topic/partition}. */
    public String partitionKey() {
        return topic + "/" + partition;
    }
}
