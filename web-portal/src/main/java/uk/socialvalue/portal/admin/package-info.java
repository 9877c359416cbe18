/**
 * SVUK staff's pages under {@code /admin}: applications, organisations and renewals, courses and sessions with
 * their bookings and attendance, working groups and meetings with their invitations, the email delivery log and
 * dead letters. Every decision is the services'; these pages only ask and show.
 */
package uk.socialvalue.portal.admin;
