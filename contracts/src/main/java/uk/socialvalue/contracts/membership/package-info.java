/** Events about organisations' memberships of SVUK and the accounts of their contacts. */
package uk.socialvalue.contracts.membership;
