/** The transactional outbox kept inside aggregate documents, and the relay that publishes it to Kafka. */
package uk.socialvalue.support.outbox;
