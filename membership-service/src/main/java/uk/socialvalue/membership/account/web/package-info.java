/** HTTP adapter for sign-in, set-password links and the public signing keys. */
package uk.socialvalue.membership.account.web;
