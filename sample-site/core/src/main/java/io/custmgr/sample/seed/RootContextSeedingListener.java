package io.custmgr.sample.seed;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a startup step once, when the context this listener is declared in has been refreshed. Child contexts (the
 * DispatcherServlet's) publish their refresh to the parent's listeners too; those events are ignored.
 */
public abstract class RootContextSeedingListener
        implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private ApplicationContext applicationContext;
    private final AtomicBoolean started = new AtomicBoolean();

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    protected ApplicationContext getApplicationContext() {
        return applicationContext;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        ApplicationContext refreshed = event.getApplicationContext();
        boolean ownContext = applicationContext != null ? refreshed == applicationContext : refreshed.getParent() == null;
        if (ownContext && started.compareAndSet(false, true)) {
            onStartup();
        }
    }

    /** The startup step; must not throw, so a failure cannot stop the webapp. */
    protected abstract void onStartup();
}
