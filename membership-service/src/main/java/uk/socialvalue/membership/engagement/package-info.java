/**
 * Which councils engage with SVUK and how: the engagement read model, fed only by events (memberships,
 * contacts, working-group invitations, training bookings and attendance), with its level rule and queries;
 * and the older membership-only {@link uk.socialvalue.membership.engagement.RegionalEngagement} report.
 */
package uk.socialvalue.membership.engagement;
