/** The opt-outs in MongoDB, one document per address and category. */
package uk.socialvalue.notification.unsubscribe.persistence;
