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
 * A test of the web portal in Chromium: an {@link EndToEndTest} (the run's one {@link TestPlatform}) whose
 * constructor and methods may also take the {@link Browser}, one headless Chromium on the platform's portal
 * that every browser test class of the run shares. Sharing it is safe because the classes run one after
 * another (the build runs no tests in parallel) and each journey starts from a fresh session
 * ({@link Browser#signIn} and {@link Browser#forgetSession} drop the cookies first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EndToEndTest
@ExtendWith(BrowserTest.SharedBrowser.class)
public @interface BrowserTest {

    /** Hands out the run's one browser, kept in JUnit's root store, which closes it at the end. */
    class SharedBrowser implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
                SharedBrowser.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestPlatform platform = EndToEndTest.SharedPlatform.platform(context);
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(Browser.class, type -> Browser.start(platform), Browser.class);
        }
    }
}
