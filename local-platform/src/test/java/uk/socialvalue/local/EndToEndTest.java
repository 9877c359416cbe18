package uk.socialvalue.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A test across the services as separate processes: its test methods (and constructor) may take the
 * {@link TestPlatform}, which the first such test in the JVM starts and every other one shares; JUnit stops
 * it once all tests have run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EndToEndTest.SharedPlatform.class)
public @interface EndToEndTest {

    /** Hands out the one platform of the test run, kept in JUnit's root store, which closes it at the end. */
    class SharedPlatform implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
                SharedPlatform.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return platform(context);
        }

        /** The run's platform, started now if no test has asked for it yet. */
        static TestPlatform platform(ExtensionContext context) {
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(TestPlatform.class, type -> TestPlatform.start(), TestPlatform.class);
        }
    }
}
