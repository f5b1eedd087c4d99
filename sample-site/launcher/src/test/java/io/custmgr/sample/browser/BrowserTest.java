package io.custmgr.sample.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives the real sample site in headless Chromium: the site is started once per JVM
 * ({@link SampleSiteExtension}), each class gets its own browser ({@link BrowserExtension}). Test methods and
 * lifecycle methods may take {@link SampleSite} and {@link Browser} parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(SampleSiteExtension.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
