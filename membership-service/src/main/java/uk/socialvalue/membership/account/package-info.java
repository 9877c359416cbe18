/** People's accounts: credentials, set-password links, sign-in and the tokens every service trusts. */
package uk.socialvalue.membership.account;
