/** Events about working-group meetings and the invitations to them. */
package uk.socialvalue.contracts.workinggroup;
