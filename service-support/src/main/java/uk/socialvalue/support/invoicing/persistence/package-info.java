/** Invoice numbering in MongoDB: counters per series, and the insert that claims a number. */
package uk.socialvalue.support.invoicing.persistence;
