package uk.socialvalue.membership.workinggroup;

/** What was asked would break a rule of meetings and their invitations, e.g. answering after the start. */
public class InvitationRuleViolation extends RuntimeException {

    InvitationRuleViolation(String message) {
        super(message);
    }
}
