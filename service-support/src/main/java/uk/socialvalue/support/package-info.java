/** What every SVUK service shares: events and the outbox, MongoDB, security and errors. */
package uk.socialvalue.support;
