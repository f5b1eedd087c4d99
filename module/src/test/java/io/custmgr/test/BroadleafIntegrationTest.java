package io.custmgr.test;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an integration test that runs inside the shared Broadleaf context (see {@link BroadleafExtension}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BroadleafExtension.class)
public @interface BroadleafIntegrationTest {

    /**
     * The host context the test needs on top of the shared one, or "" for none. A test runs only in a JVM whose
     * {@value BroadleafTestContext#HOST_CONTEXT_PROPERTY} names the same context (and is skipped, without booting,
     * elsewhere), so a test selected with {@code -Dit.test} runs in the right Failsafe execution only.
     */
    String hostContext() default "";
}
