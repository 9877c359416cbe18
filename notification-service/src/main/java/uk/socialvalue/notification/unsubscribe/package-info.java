/** Opting out of non-essential email: signed one-click unsubscribe tokens (RFC 8058) and the opt-outs they record. */
package uk.socialvalue.notification.unsubscribe;
