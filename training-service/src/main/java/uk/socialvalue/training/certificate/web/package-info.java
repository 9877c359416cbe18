/** Certificates as PDF and their public verification; the CPD record over HTTP. */
package uk.socialvalue.training.certificate.web;
