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

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        return new MongoServer(new MemoryBackend());
    }

    @Bean
    DynamicPropertyRegistrar embeddedMongoProperties(MongoServer server) {
        InetSocketAddress address = server.bind();
        String database = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return registry -> registry.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
    }
}
