package io.custmgr.common.spring;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The module root context's component scan (bean {@code cmComponentScan}): every annotated class under a package
 * (the module's root, {@code io.custmgr}), so a new feature package needs no line in the XML — but only the classes
 * of the module's own jar (or class folder). Other jars and folders share that root package: the admin and storefront
 * extensions ({@code io.custmgr.admin}, {@code io.custmgr.site}, scanned by their webapps' contexts), a host's own
 * code, and tests' classes where tests put them on the class path (harness, fixtures; possibly bytecode newer than
 * Spring 3.2's reader parses). Their class files are not even read. Controllers belong to a servlet context and are
 * left out.
 * <p>
 * Runs after the XML files are read: a bean the XML defines (the module's or a host's) keeps its id, the scanned
 * class of the same name is skipped, as {@code <context:component-scan>} does for a later definition.
 */
public class ModuleComponentScan implements BeanDefinitionRegistryPostProcessor {

    private final String basePackage;

    public ModuleComponentScan(String basePackage) {
        this.basePackage = basePackage;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(registry);
        scanner.setResourceLoader(new OwnClassesOnly(getClass().getClassLoader(), codeLocation()));
        scanner.addExcludeFilter(new AnnotationTypeFilter(Controller.class));
        scanner.scan(basePackage);
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        // everything happens while definitions are registered
    }

    /** Where this module's classes come from: its jar, or its class folder; URLs of its classes start with it. */
    private String codeLocation() {
        return getClass().getProtectionDomain().getCodeSource().getLocation().toExternalForm();
    }

    /** Finds class files like the default resolver, keeping those of one jar or folder. */
    static final class OwnClassesOnly extends PathMatchingResourcePatternResolver {

        private final String location;

        OwnClassesOnly(ClassLoader classLoader, String location) {
            super(classLoader);
            this.location = location;
        }

        @Override
        public Resource[] getResources(String locationPattern) throws IOException {
            List<Resource> own = new ArrayList<Resource>();
            for (Resource resource : super.getResources(locationPattern)) {
                if (isOwn(resource.getURL().toExternalForm())) {
                    own.add(resource);
                }
            }
            return own.toArray(new Resource[own.size()]);
        }

        /** {@code file:/…/classes/io/…} in a folder, {@code jar:file:/…/module.jar!/io/…} in a jar. */
        boolean isOwn(String url) {
            return url.startsWith(location) || url.startsWith("jar:" + location + "!/");
        }
    }
}
