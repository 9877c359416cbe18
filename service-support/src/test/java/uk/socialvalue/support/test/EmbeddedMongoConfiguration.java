package uk.socialvalue.support.test;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** An in-memory MongoDB wire-protocol server for one application context, on a free port. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMongoConfiguration {

    /** The running store and the connection string the service under test uses. */
    public record EmbeddedMongo(MongoServer server, String uri) {
    }

    @Bean(destroyMethod = "")
    EmbeddedMongo embeddedMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return new EmbeddedMongo(server,
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer(EmbeddedMongo mongo) {
        return mongo.server();
    }

    @Bean
    DynamicPropertyRegistrar embeddedMongoProperties(EmbeddedMongo mongo) {
        return registry -> registry.add("spring.mongodb.uri", mongo::uri);
    }
}
