/** HTTP API of the course catalogue: public reading, admin editing. */
package uk.socialvalue.training.catalogue.web;
