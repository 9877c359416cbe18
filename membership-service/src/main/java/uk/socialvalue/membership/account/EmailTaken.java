package uk.socialvalue.membership.account;

/** The email address already belongs to someone: answered with a 409 naming the field. */
public class EmailTaken extends RuntimeException {

    private final String personId;

    public EmailTaken(String personId) {
        super("This email address already belongs to someone");
        this.personId = personId;
    }

    /** Whose address it is. */
    public String personId() {
        return personId;
    }
}
