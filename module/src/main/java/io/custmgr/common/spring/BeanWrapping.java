package io.custmgr.common.spring;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A post-processor that wraps some of the host's beans, by id, once they are initialised (see {@link BeanProxies}).
 * Collaborators are looked up from {@link #beanFactory} when first used: a post-processor must not make other beans
 * start early.
 */
public abstract class BeanWrapping implements BeanPostProcessor, BeanFactoryAware {

    protected BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        return bean;
    }
}
