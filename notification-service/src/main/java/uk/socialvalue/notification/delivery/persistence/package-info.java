/** The delivery log in MongoDB: one document per (event, recipient), claimed by dispatchers through leases. */
package uk.socialvalue.notification.delivery.persistence;
