/**
 * Links that travel sealed for this service alone (set-password and RSVP links): opened only when the email is
 * built, and dropped from the delivery log once it is sent.
 */
package uk.socialvalue.notification.links;
