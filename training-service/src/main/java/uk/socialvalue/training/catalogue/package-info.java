/** The course catalogue: what SVUK teaches, seeded with its standard courses, edited and retired by admins. */
package uk.socialvalue.training.catalogue;
