package uk.socialvalue.training;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import uk.socialvalue.support.test.MutableClockConfiguration;
import uk.socialvalue.support.test.ServiceIntegrationTest;
import uk.socialvalue.training.catalogue.CourseLoads;

/**
 * training-service started whole against a real broker and store, with a clock tests can move forward and a
 * gate that can line up concurrent course edits. Every integration test class uses exactly this, so they share
 * one started context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@Import({MutableClockConfiguration.class, TrainingFixtures.class, CourseLoads.Gate.class})
@TestPropertySource(properties = {"svuk.events.relay-interval=100ms", "svuk.events.retry.attempts=2",
        "svuk.events.retry.initial-interval=100ms", "svuk.training.reminder-check-interval=1h"})
public @interface TrainingIntegrationTest {
}
