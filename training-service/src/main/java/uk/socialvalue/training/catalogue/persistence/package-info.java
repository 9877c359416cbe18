/** MongoDB adapter for the course catalogue. */
package uk.socialvalue.training.catalogue.persistence;
