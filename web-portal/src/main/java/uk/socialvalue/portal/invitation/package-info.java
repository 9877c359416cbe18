/**
 * Working-group invitations: a contact's organisation's invitations with their answers, and the RSVP pages the
 * invitation emails' Accept and Decline links open.
 */
package uk.socialvalue.portal.invitation;
