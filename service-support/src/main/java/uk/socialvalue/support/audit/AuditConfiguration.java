package uk.socialvalue.support.audit;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.socialvalue.support.mongo.MongoSupportConfiguration;

/** Every service keeps an audit log of what signed-in people changed, and serves it at {@code GET /api/audit}. */
@AutoConfiguration(after = MongoSupportConfiguration.class)
@Import(AuditController.class)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(MongoDatabase database) {
        return new AuditLog(database);
    }

    @Bean
    WebMvcConfigurer auditing(AuditLog audit, Clock clock) {
        AuditingInterceptor interceptor = new AuditingInterceptor(audit, clock);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).addPathPatterns("/api/**");
            }
        };
    }
}
