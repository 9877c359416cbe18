/**
 * The one way an aggregate is stored in MongoDB: a repository gives an {@link
 * uk.socialvalue.support.aggregate.AggregateMapping} (its document and what the store needs to know of it) and
 * keeps its own queries; the {@link uk.socialvalue.support.aggregate.AggregateStore} inserts, loads and
 * updates, each write one single-document write carrying the events for the outbox.
 */
package uk.socialvalue.support.aggregate;
