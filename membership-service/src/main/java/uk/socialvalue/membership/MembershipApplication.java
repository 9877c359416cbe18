package uk.socialvalue.membership;

import org.springframework.boot.SpringApplication;

import uk.socialvalue.support.SvukService;

/** membership-service: organisations and their memberships, contacts, working groups, accounts and tokens. */
@SvukService
public class MembershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipApplication.class, args);
    }
}
