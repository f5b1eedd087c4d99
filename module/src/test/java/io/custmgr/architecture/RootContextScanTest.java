package io.custmgr.architecture;

import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.test.ScanProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the module's root context ({@code custmgr-applicationContext.xml}) scans, read without starting it: every
 * annotated class of the module's main code in any package (a new feature package needs no line in the XML), nothing
 * of the tests' (harness, fixtures such as {@link io.custmgr.test.ScanProbe}), no controller, and no bean id twice (an
 * XML bean and an annotated class of one id: the class would be left out).
 */
class RootContextScanTest {

    private static DefaultListableBeanFactory context;

    @BeforeAll
    static void readRootContext() {
        context = new DefaultListableBeanFactory();
        context.setAllowBeanDefinitionOverriding(false); // a scanned and a declared bean of one id fail here
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(new ClassPathResource("custmgr-applicationContext.xml"));
        for (BeanDefinitionRegistryPostProcessor scan : context.getBeansOfType(BeanDefinitionRegistryPostProcessor.class)
                .values()) {
            scan.postProcessBeanDefinitionRegistry(context); // what refresh() would do first
        }
    }

    @Test
    void everyAnnotatedMainClassOfTheModuleIsABean() throws IOException {
        Set<String> expected = new TreeSet<String>();
        ClassPathScanningCandidateComponentProvider annotated = new ClassPathScanningCandidateComponentProvider(false);
        annotated.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (BeanDefinition candidate : annotated.findCandidateComponents("io.custmgr")) {
            if (isMainCode(candidate) && !isController(candidate)) {
                expected.add(candidate.getBeanClassName());
            }
        }
        assertTrue(expected.size() > 50, "the module's annotated classes should be found: " + expected);
        expected.removeAll(scannedClasses());
        assertEquals(new TreeSet<String>(), expected, "annotated but not scanned");
    }

    @Test
    void noTestClassNorControllerIsScanned() throws IOException {
        List<String> wrong = new ArrayList<String>();
        for (String name : context.getBeanDefinitionNames()) {
            BeanDefinition bean = context.getBeanDefinition(name);
            if (bean instanceof AnnotatedBeanDefinition && (!isMainCode(bean) || isController(bean))) {
                wrong.add(name + " (" + bean.getBeanClassName() + ")");
            }
        }
        assertEquals(new ArrayList<String>(), wrong);
        assertFalse(scannedClasses().contains(ScanProbe.class.getName()), "the test fixture must not be scanned");
    }

    private static Set<String> scannedClasses() {
        Set<String> classes = new TreeSet<String>();
        for (String name : context.getBeanDefinitionNames()) {
            BeanDefinition bean = context.getBeanDefinition(name);
            if (bean instanceof AnnotatedBeanDefinition) {
                classes.add(bean.getBeanClassName());
            }
        }
        return classes;
    }

    /** Compiled from src/main of this module: not from the tests' output, nor from another module's jar. */
    private static boolean isMainCode(BeanDefinition bean) throws IOException {
        String mainOutput = ListenerBridge.class.getProtectionDomain().getCodeSource().getLocation().toString();
        return ((AbstractBeanDefinition) bean).getResource().getURL().toString().startsWith(mainOutput);
    }

    private static boolean isController(BeanDefinition bean) {
        return ((AnnotatedBeanDefinition) bean).getMetadata().hasAnnotation(Controller.class.getName());
    }
}
