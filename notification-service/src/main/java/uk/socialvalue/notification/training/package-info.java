/** Which emails training-service's events cause, to whom, with which calendar entry. */
package uk.socialvalue.notification.training;
