/**
 * Which councils engage with social value: every region and nation, each council of a region, and a council's own
 * record for its contacts' social value reporting, with charts drawn in SVG on the server, the tables they stand
 * for, and those tables as CSV from membership-service. The figures and the engagement level are the service's.
 */
package uk.socialvalue.portal.engagement;
