/**
 * Revoked access tokens, known to every instance of every service within a second and checked on every request
 * without a call to anyone: a view of {@code membership.people} kept in memory and a token validator reading it.
 */
package uk.socialvalue.support.security.revocation;
