package uk.socialvalue.local;

/** Stands in for a service JVM that keeps running until it is stopped. */
final class LingeringChild {

    private LingeringChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(300_000);
    }
}
