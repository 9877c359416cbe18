/**
 * Kafka adapter for working groups: keeps invitations in step with memberships and contacts, and declares
 * where the meetings' events go.
 */
package uk.socialvalue.membership.workinggroup.messaging;
