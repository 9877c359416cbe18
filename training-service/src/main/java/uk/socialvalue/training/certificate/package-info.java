/** Certificates of attendance, their public verification, and each person's record of CPD hours. */
package uk.socialvalue.training.certificate;
