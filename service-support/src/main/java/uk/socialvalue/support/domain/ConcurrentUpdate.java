package uk.socialvalue.support.domain;

/**
 * Another writer changed the aggregate between this one loading it and saving it, so the save was refused.
 * {@link Retry} works the change out again on the fresh state; one that outlives its retries is answered with
 * a 409 problem detail.
 */
public class ConcurrentUpdate extends RuntimeException {

    private final String aggregate;
    private final String id;

    /**
     * @param aggregate  what kind of aggregate, as people call it, e.g. {@code Organisation}
     * @param id         which one
     */
    public ConcurrentUpdate(String aggregate, String id) {
        super(aggregate + " " + id + " was changed by someone else at the same time");
        this.aggregate = aggregate;
        this.id = id;
    }

    public String aggregate() {
        return aggregate;
    }

    public String id() {
        return id;
    }
}
