/** Listens to training-service's events and decides which emails they cause, to whom, with which calendar entry. */
package uk.socialvalue.notification.training;
