/** HTTP adapter for working groups: the admin API, the RSVP API and the RSVP page the email links open. */
package uk.socialvalue.membership.workinggroup.web;
