/** The job that makes expiry reminders fall due. */
package uk.socialvalue.training.accreditation.scheduling;
