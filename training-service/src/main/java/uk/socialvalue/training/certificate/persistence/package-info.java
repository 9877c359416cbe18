/** Certificates in MongoDB, keyed by their verification code. */
package uk.socialvalue.training.certificate.persistence;
