package uk.socialvalue.membership.engagement.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
