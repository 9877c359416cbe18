/** Kafka adapter feeding membership events into the projection. */
package uk.socialvalue.training.member.messaging;
