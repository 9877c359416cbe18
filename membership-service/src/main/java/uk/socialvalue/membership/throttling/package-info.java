/**
 * Limits on how often anyone may try: failed sign-ins per email address, and sign-ins, applications and
 * password-reset requests per client address. Token buckets from Bucket4j, their state in MongoDB, so the
 * limits hold across instances.
 */
package uk.socialvalue.membership.throttling;
