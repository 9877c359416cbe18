package uk.socialvalue.local;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a service JVM that keeps running until it is stopped: it blocks until killed, and gives up
 * by itself after five minutes so that it can never outlive a test run.
 */
final class LingeringChild {

    private LingeringChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        new CountDownLatch(1).await(5, TimeUnit.MINUTES);
    }
}
