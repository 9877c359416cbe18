/** The UK council register: names and regions of local authorities, looked up by GSS code. */
package uk.socialvalue.membership.register;
