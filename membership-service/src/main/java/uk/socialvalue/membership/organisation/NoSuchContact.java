package uk.socialvalue.membership.organisation;

/** The person is not a current contact of the organisation. */
public class NoSuchContact extends RuntimeException {

    public NoSuchContact(String personId) {
        super("No current contact " + personId);
    }
}
