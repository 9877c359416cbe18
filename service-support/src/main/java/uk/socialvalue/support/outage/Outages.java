package uk.socialvalue.support.outage;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Whether a failure means that something the service depends on is unavailable for now (an outage), as
 * opposed to something wrong with the work itself. An outage ends: work that failed because of one is waited
 * for and tried again, never given up on. Anything else is the work's own fault and gets bounded retries.
 * <p>
 * Outages are: MongoDB not reachable, electing a primary or recovering (and any error the driver labels as
 * safe to retry), a retriable Kafka error (the broker or a partition leader not reachable, not enough
 * replicas in sync, a timeout), and a refused, reset or timed-out network connection, which is how an SMTP
 * server that is down shows itself. The cause chain is searched, so wrapped failures count too.
 */
public final class Outages {

    private static final String RETRYABLE_WRITE = "RetryableWriteError";
    private static final String TRANSIENT_TRANSACTION = "TransientTransactionError";

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isOutageItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable failure) {
        if (failure instanceof MongoSocketException || failure instanceof MongoTimeoutException
                || failure instanceof MongoNotPrimaryException || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoServerUnavailableException) {
            return true;
        }
        if (failure instanceof MongoException mongo
                && (mongo.hasErrorLabel(RETRYABLE_WRITE) || mongo.hasErrorLabel(TRANSIENT_TRANSACTION))) {
            return true;
        }
        if (failure instanceof RetriableException) {
            return true;
        }
        return failure instanceof ConnectException || failure instanceof SocketTimeoutException
                || failure instanceof NoRouteToHostException || failure instanceof UnknownHostException
                || failure instanceof SocketException;
    }
}
