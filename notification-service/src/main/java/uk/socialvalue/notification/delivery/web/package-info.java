/** The admin API over the delivery log: search it and resend an email. */
package uk.socialvalue.notification.delivery.web;
