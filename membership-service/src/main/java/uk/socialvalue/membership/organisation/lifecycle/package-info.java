/** The nightly job that sends renewal reminders and moves memberships into grace and lapse. */
package uk.socialvalue.membership.organisation.lifecycle;
