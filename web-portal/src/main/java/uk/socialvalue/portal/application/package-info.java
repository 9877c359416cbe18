/** Applying for membership: the form, checking the answers, and what happens next. */
package uk.socialvalue.portal.application;
