package uk.socialvalue.membership.account;

/** Turns passwords into the hashes that are stored, and checks a password against one. */
public interface PasswordHashing {

    String hash(String password);

    boolean matches(String password, String hash);
}
