/** The delivery log: every email to send, its status and its retry schedule, free of Spring and MongoDB. */
package uk.socialvalue.notification.delivery;
