package uk.socialvalue.membership.organisation;

/** A request that the membership's current state does not allow, such as approving an active membership. */
public class MembershipRuleViolation extends RuntimeException {

    public MembershipRuleViolation(String message) {
        super(message);
    }
}
