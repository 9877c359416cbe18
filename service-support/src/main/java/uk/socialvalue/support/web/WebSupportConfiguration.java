package uk.socialvalue.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Problem details for every error, in every service. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebSupportConfiguration {
}
