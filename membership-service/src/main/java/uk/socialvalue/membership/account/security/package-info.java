/**
 * Spring Security adapter for accounts: RS256 JWTs signed with the service's RSA key (its JWKS published for
 * the other services), bcrypt password hashing, and the wiring of the account use cases.
 */
package uk.socialvalue.membership.account.security;
