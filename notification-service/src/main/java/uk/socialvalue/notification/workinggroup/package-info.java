/** Listens to working-group invitations and decides which emails they cause, with which calendar entry. */
package uk.socialvalue.notification.workinggroup;
