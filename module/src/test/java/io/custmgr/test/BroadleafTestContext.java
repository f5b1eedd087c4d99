package io.custmgr.test;

import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.RequestScope;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One merged Broadleaf application context per JVM, built the way Broadleaf's own integration tests build theirs:
 * the host's standard contexts, then whichever Customer Manager contexts are on the test classpath, then the test
 * context (data source, persistence units, the Solr of {@link TestSolr}), then - when the system property
 * {@value #HOST_CONTEXT_PROPERTY} names one - a host's own context (its entities differ, so it gets a JVM, i.e. a
 * Failsafe execution, of its own). A failed boot is remembered so later tests fail at once.
 */
public final class BroadleafTestContext {

    /** Module contexts in install order; each is loaded when present on the classpath. */
    static final List<String> MODULE_CONTEXTS = Arrays.asList(
            "custmgr-applicationContext.xml",
            "custmgr-site-applicationContext.xml",
            "custmgr-admin-applicationContext.xml",
            // the index owner's context: the admin's in the sample site
            "custmgr-search-applicationContext.xml",
            // a test module's own beans (e.g. the sample site's seeder), loaded when present
            "custmgr-it-extra-applicationContext.xml");

    static final List<String> HOST_CLIENT_CONTEXTS = Arrays.asList(
            "bl-open-admin-contentClient-applicationContext.xml",
            "bl-cms-contentClient-applicationContext.xml");

    /** System property naming the extra host context this JVM loads last (see {@link BroadleafIntegrationTest}). */
    public static final String HOST_CONTEXT_PROPERTY = "custmgr.it.hostContext";

    private static MergeClassPathXMLApplicationContext context;
    private static RuntimeException bootFailure;

    private BroadleafTestContext() {
    }

    public static synchronized MergeClassPathXMLApplicationContext get() {
        if (bootFailure != null) {
            throw new IllegalStateException("The Broadleaf test context failed to start earlier in this JVM", bootFailure);
        }
        if (context == null) {
            try {
                TestDatabase.configureSystemProperties();
                TestSolr.configureSystemProperties();
                context = new MergeClassPathXMLApplicationContext(
                        StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE), patchLocations());
                context.getBeanFactory().registerScope("request", new RequestScope());
            } catch (Exception e) {
                bootFailure = e instanceof RuntimeException ? (RuntimeException) e : new RuntimeException(e);
                throw bootFailure;
            }
        }
        return context;
    }

    private static String[] patchLocations() {
        List<String> patches = new ArrayList<String>();
        ClassLoader loader = BroadleafTestContext.class.getClassLoader();
        for (String location : HOST_CLIENT_CONTEXTS) {
            if (loader.getResource(location) != null) {
                patches.add(location);
            }
        }
        for (String location : MODULE_CONTEXTS) {
            if (loader.getResource(location) != null) {
                patches.add(location);
            }
        }
        patches.add("custmgr-it-applicationContext.xml");
        for (String location : hostContext().split(",")) {
            if (!location.trim().isEmpty()) {
                patches.add(location.trim());
            }
        }
        return patches.toArray(new String[0]);
    }

    /** The host context(s) this JVM loads, comma-separated, or "" for none. */
    static String hostContext() {
        return System.getProperty(HOST_CONTEXT_PROPERTY, "");
    }

    /** Broadleaf's request-scoped beans need a current request even outside a web container. */
    static void bindRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
