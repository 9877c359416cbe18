package uk.socialvalue.membership.personaldata;

import java.util.Set;

/**
 * A feature that holds personal data about people: it shows what it holds about someone, and erases it. Each
 * feature implements it for its own data; {@link PersonalData} asks all of them.
 */
public interface PersonalDataHolder {

    /** The name of what it holds, as a key of the download, e.g. {@code organisations}. */
    String name();

    /** What it holds about the person (plain records, lists and maps), or an empty list. */
    Object heldAbout(String personId);

    /** The email addresses it knows the person by. */
    Set<String> emailsOf(String personId);

    /** Replaces the person's name and email address (and anything else personal) with nothing personal. */
    void erase(String personId);
}
