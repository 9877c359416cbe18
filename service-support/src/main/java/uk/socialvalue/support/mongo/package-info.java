/** The service's MongoDB database, its health check and the outbox wiring. */
package uk.socialvalue.support.mongo;
