/** MongoDB adapter for the engagement read model: organisations, councils and facts, each by key. */
package uk.socialvalue.membership.engagement.persistence;
