/**
 * Signing in and out: the portal exchanges the email and password for an access token at membership-service
 * and keeps it in the person's server-side session, never in the browser.
 */
package uk.socialvalue.portal.signin;
