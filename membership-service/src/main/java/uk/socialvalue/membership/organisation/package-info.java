/** Organisations and their memberships: applying, approval, rejection, renewal and cancellation. */
package uk.socialvalue.membership.organisation;
