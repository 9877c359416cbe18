/** What each email says: the kinds of email, their categories and their Thymeleaf templates (HTML and plain text). */
package uk.socialvalue.notification.email;
