/**
 * A council contact's own organisation: its membership, its contacts (kept by the primary contact), email
 * preferences; and the account pages anyone reaches from an email: setting and resetting a password.
 */
package uk.socialvalue.portal.account;
