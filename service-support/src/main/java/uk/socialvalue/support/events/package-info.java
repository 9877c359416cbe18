/** Integration events on Kafka: the CloudEvents codec, the listener setup and the dead-letter topics. */
package uk.socialvalue.support.events;
