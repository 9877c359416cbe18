/**
 * The three services' public HTTP APIs as the portal calls them: one client per service, the signed-in
 * person's access token added from the server-side session, and their answers turned into exceptions the
 * pages know how to show.
 */
package uk.socialvalue.portal.api;
