package uk.socialvalue.contracts.workinggroup;

/** A contact's answer to a working-group invitation. */
public enum RsvpAnswer {
    ACCEPTED,
    DECLINED
}
