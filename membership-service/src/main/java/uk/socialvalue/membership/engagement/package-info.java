/** Which councils in each region engage with SVUK, from the register and the memberships. */
package uk.socialvalue.membership.engagement;
