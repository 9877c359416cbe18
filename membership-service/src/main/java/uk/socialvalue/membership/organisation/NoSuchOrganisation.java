package uk.socialvalue.membership.organisation;

/** No organisation has the id asked for. */
public class NoSuchOrganisation extends RuntimeException {

    public NoSuchOrganisation(String id) {
        super("No organisation " + id);
    }
}
