package io.custmgr.sample.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One headless {@link Browser} per test class (quit when the class ends, whatever happened), resolved as a
 * parameter. When a test or one of its {@code @BeforeEach}/{@code @AfterEach} methods fails, the page the browser
 * shows is saved (screenshot, HTML, URL) under {@code target/browser-failures/} before the failure propagates.
 */
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        browser(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        saveArtifacts(context, "");
        throw throwable;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        saveArtifacts(context, "-beforeEach");
        throw throwable;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        saveArtifacts(context, "-afterEach");
        throw throwable;
    }

    private static void saveArtifacts(ExtensionContext context, String suffix) {
        OpenBrowser open = classContext(context).getStore(NAMESPACE).get(OpenBrowser.class, OpenBrowser.class);
        if (open != null) {
            String name = context.getRequiredTestClass().getSimpleName()
                    + context.getTestMethod().map(method -> "." + method.getName()).orElse("") + suffix;
            open.browser.saveFailureArtifacts(name);
        }
    }

    private static Browser browser(ExtensionContext context) {
        return classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(OpenBrowser.class, key -> new OpenBrowser(Browser.start()), OpenBrowser.class)
                .browser;
    }

    /** The context of the test class, so that all tests of a class share its browser. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** Closed (once) by JUnit when the class context ends; see {@link SampleSiteExtension.RunningSite}. */
    @SuppressWarnings("deprecation")
    private static final class OpenBrowser implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final Browser browser;

        OpenBrowser(Browser browser) {
            this.browser = browser;
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
