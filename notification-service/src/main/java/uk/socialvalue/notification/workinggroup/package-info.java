/** Which emails working-group invitations cause, with which calendar entry. */
package uk.socialvalue.notification.workinggroup;
