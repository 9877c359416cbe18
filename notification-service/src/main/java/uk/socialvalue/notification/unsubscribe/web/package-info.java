/** The public one-click unsubscribe endpoint and the wiring of the token signer. */
package uk.socialvalue.notification.unsubscribe.web;
