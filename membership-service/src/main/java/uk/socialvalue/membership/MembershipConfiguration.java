package uk.socialvalue.membership;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.engagement.RegionalEngagement;
import uk.socialvalue.membership.invoice.MembershipInvoicing;
import uk.socialvalue.membership.organisation.MembershipProperties;
import uk.socialvalue.membership.organisation.Memberships;
import uk.socialvalue.membership.organisation.OrganisationContactRoles;
import uk.socialvalue.membership.organisation.OrganisationDirectory;
import uk.socialvalue.membership.organisation.OrganisationListings;
import uk.socialvalue.membership.organisation.OrganisationPersonalData;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.membership.personaldata.PersonalData;
import uk.socialvalue.membership.personaldata.audit.AuditPersonalData;
import uk.socialvalue.membership.workinggroup.InvitationPersonalData;
import uk.socialvalue.membership.workinggroup.MeetingInvitations;
import uk.socialvalue.membership.workinggroup.Meetings;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.audit.AuditLog;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.security.ApiSecurity;
import uk.socialvalue.support.security.Role;

/** Wires the plain-Java use cases, the topics this service publishes to, and who may call what. */
@Configuration(proxyBeanMethods = false)
class MembershipConfiguration {

    @Bean
    CouncilRegister councilRegister() {
        return CouncilRegister.shipped();
    }

    /** What the other features may use of organisations. */
    @Bean
    OrganisationDirectory organisationDirectory(Organisations organisations) {
        return new OrganisationListings(organisations);
    }

    @Bean
    Memberships memberships(Organisations organisations, Accounts accounts, CouncilRegister register,
            MembershipProperties properties, Retry retry, Clock clock) {
        return new Memberships(organisations, accounts, register, properties, retry, clock);
    }

    /** Membership invoices charge the membership offer's annual fees. */
    @Bean
    MembershipInvoicing.Fees membershipFees(MembershipProperties properties) {
        return type -> java.util.Optional.ofNullable(properties.types().get(type))
                .map(offer -> new MembershipInvoicing.Fee(offer.name(), offer.annualFee()));
    }

    @Bean
    RegionalEngagement regionalEngagement(OrganisationDirectory organisations, CouncilRegister register) {
        return new RegionalEngagement(organisations, register);
    }

    @Bean
    OrganisationContactRoles contactRoles(Organisations organisations) {
        return new OrganisationContactRoles(organisations);
    }

    @Bean
    PersonalData personalData(Accounts accounts, Organisations organisations, Meetings meetings,
            MeetingInvitations invitations, AuditLog audit, Retry retry) {
        return new PersonalData(accounts, List.of(new OrganisationPersonalData(organisations, retry),
                new InvitationPersonalData(meetings, invitations, retry), new AuditPersonalData(audit)));
    }

    /**
     * An organisation's events wait in its document, for the memberships, accounts and contacts topics, and its
     * state after each change for the compacted state topic.
     */
    @Bean
    OutboxCollection organisationsOutbox() {
        return new OutboxCollection("organisations", Topics.MEMBERSHIP_ORGANISATIONS, Topics.MEMBERSHIP_ACCOUNTS,
                Topics.MEMBERSHIP_CONTACTS, Topics.MEMBERSHIP_ORGANISATION_STATE);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
        return ApiSecurity.configure(http, json, rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/applications", "/api/auth/token", "/api/account/password",
                        "/api/account/password-reset")
                .permitAll()
                .requestMatchers("/api/staff", "/api/staff/**", "/api/people/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/account/set-password", "/.well-known/jwks.json", "/rsvp/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/invitations/*/response").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/invitations/*").permitAll()
                .requestMatchers("/api/working-groups", "/api/working-groups/**", "/api/meetings/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/membership-types", "/api/councils", "/api/regions").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/organisations/*/approval", "/api/organisations/*/rejection",
                        "/api/organisations/*/renewal", "/api/organisations/*/cancellation")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/organisations").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/reports/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/engagement/regions", "/api/engagement/regions/**").hasRole(Role.ADMIN.name()))
                .build();
    }
}
