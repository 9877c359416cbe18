/** Listens to membership-service's events and decides which emails they cause, and to whom. */
package uk.socialvalue.notification.membership;
