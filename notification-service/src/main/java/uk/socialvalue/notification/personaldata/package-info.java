/**
 * The personal data notification-service holds (the emails to a person, their opt-outs): for them to download,
 * and erased when membership-service erases the person.
 */
package uk.socialvalue.notification.personaldata;
