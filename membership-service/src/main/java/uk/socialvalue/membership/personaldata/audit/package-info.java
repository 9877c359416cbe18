/** The audit log as a holder of personal data: the actions a person took, with their email address. */
package uk.socialvalue.membership.personaldata.audit;
