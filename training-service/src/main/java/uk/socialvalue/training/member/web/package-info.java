/** HTTP API showing what training-service knows of an organisation's membership. */
package uk.socialvalue.training.member.web;
