/** The local mail catcher: SMTP in, .eml files on disk, pages for people and a Mailpit-compatible API for tests. */
package uk.socialvalue.local.mail;
