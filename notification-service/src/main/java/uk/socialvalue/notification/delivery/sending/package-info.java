/** Sends what the delivery log holds over SMTP, in batches on one connection, retrying with back-off. */
package uk.socialvalue.notification.delivery.sending;
