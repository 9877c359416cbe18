package uk.socialvalue.membership.engagement.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.engagement.CouncilOrganisations;
import uk.socialvalue.membership.engagement.EngagementInsight;
import uk.socialvalue.membership.engagement.EngagementProjection;
import uk.socialvalue.membership.engagement.Facts;
import uk.socialvalue.membership.engagement.OrganisationEngagements;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.domain.Retry;

/**
 * Wires the engagement read model's use cases. It lives here rather than beside them to keep that package
 * free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class EngagementConfiguration {

    static final String COMMIT_PER_POLL = "engagementCommitPerPoll";

    /**
     * The listener commits its offsets once per poll rather than once per record: a synchronous commit per
     * record cost more than counting the record, and made a rebuild several times slower. A crash repeats at
     * most one poll's records, which count once all the same.
     */
    @Bean(COMMIT_PER_POLL)
    ContainerPostProcessor<String, byte[], AbstractMessageListenerContainer<String, byte[]>> commitPerPoll() {
        return container -> container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    }

    @Bean
    EngagementProjection engagementProjection(Facts facts, OrganisationEngagements organisations,
            CouncilOrganisations councils, Retry retry, Clock clock) {
        return new EngagementProjection(facts, organisations, councils, retry, clock);
    }

    @Bean
    EngagementInsight engagementInsight(CouncilRegister register, CouncilOrganisations councils,
            OrganisationEngagements organisations, Clock clock) {
        return new EngagementInsight(register, councils, organisations, clock);
    }
}
