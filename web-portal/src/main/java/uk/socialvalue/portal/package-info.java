/** The web portal: a backend-for-frontend over the public HTTP APIs of the three services. */
package uk.socialvalue.portal;
