package uk.socialvalue.support.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the store UP when it answers {@code ping}. Boot's own indicator asks for {@code hello}, which
 * the embedded store does not implement; {@code ping} is answered by every MongoDB server.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName()).withDetail("ok", answer.get("ok"));
    }
}
