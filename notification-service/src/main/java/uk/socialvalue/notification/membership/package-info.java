/** Which emails membership-service's events cause, and to whom. */
package uk.socialvalue.notification.membership;
