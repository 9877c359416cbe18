package uk.socialvalue.membership.engagement.messaging;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.engagement.CouncilOrganisations;
import uk.socialvalue.membership.engagement.EngagementInsight;
import uk.socialvalue.membership.engagement.EngagementProjection;
import uk.socialvalue.membership.engagement.Facts;
import uk.socialvalue.membership.engagement.OrganisationEngagements;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.events.EventTopics;

/**
 * Wires the engagement read model's use cases. It lives here rather than beside them to keep that package
 * free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class EngagementConfiguration {

    @Bean
    EngagementProjection engagementProjection(Facts facts, OrganisationEngagements organisations,
            CouncilOrganisations councils, Clock clock) {
        return new EngagementProjection(facts, organisations, councils, clock);
    }

    @Bean
    EngagementInsight engagementInsight(CouncilRegister register, CouncilOrganisations councils,
            OrganisationEngagements organisations, Clock clock) {
        return new EngagementInsight(register, councils, organisations, clock);
    }

    /**
     * training-service's topic, declared here too (the same way, so whichever service starts first creates it
     * with its full history kept) because this service reads it from the beginning to rebuild the model.
     */
    @Bean
    NewTopic trainingSessionsTopic() {
        return EventTopics.withFullHistory(Topics.TRAINING_SESSIONS);
    }
}
