/**
 * Kafka adapter for the engagement read model: the listener that feeds it, in its own consumer group, and the
 * wiring of its use cases.
 */
package uk.socialvalue.membership.engagement.messaging;
