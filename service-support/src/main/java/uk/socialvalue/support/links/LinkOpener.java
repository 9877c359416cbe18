package uk.socialvalue.support.links;

/** Opens links sealed for this service's private key; see {@link SealedLinks}. */
@FunctionalInterface
public interface LinkOpener {

    /**
     * The link.
     *
     * @throws Unopenable when it was not sealed for this key, or was tampered with
     */
    String open(String sealed);

    /** A sealed link this key cannot open: it can never be, so retrying is pointless. */
    class Unopenable extends RuntimeException {

        public Unopenable(String message) {
            super(message);
        }
    }
}
