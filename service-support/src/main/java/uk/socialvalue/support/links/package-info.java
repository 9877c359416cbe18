/**
 * Links that carry secrets travel sealed: JWE (RSA-OAEP-256 with AES-256-GCM) to notification-service's public
 * key, opened only by its private key when the email is built. Keys are PEM files, never in the repository.
 */
package uk.socialvalue.support.links;
