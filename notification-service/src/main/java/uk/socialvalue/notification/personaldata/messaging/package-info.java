/** Kafka adapter: erasure on {@code membership.PersonErased}. */
package uk.socialvalue.notification.personaldata.messaging;
