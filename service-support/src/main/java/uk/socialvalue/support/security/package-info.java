/** How SVUK services authenticate requests: bearer tokens issued by membership-service, and roles. */
package uk.socialvalue.support.security;
