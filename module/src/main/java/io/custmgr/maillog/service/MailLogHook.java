package io.custmgr.maillog.service;

import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the e-mail log around the host's message creator (bean {@code blMessageCreator}, whatever class the host has
 * behind it), through which Broadleaf's {@code blEmailService} sends every mail: Broadleaf's own (registration,
 * password reset) as much as the module's. Collaborators are looked up when a mail is sent: a post-processor must not
 * make other beans start early.
 */
public class MailLogHook implements BeanPostProcessor, BeanFactoryAware {

    private BeanFactory beanFactory;
    private String beanName = "blMessageCreator";
    private final MailSecrets secrets;
    private final boolean rethrowFailures;
    private Map<String, String> kindsByEmailInfo = new LinkedHashMap<String, String>();

    /**
     * @param secretVariables comma-separated names of template variables holding mailed links or tokens
     * @param rethrowFailures whether a failed send is thrown on to the sender after it is logged
     */
    public MailLogHook(String secretVariables, boolean rethrowFailures) {
        this.secrets = MailSecrets.of(secretVariables);
        this.rethrowFailures = rethrowFailures;
    }

    /** The id of the message creator to wrap (default {@code blMessageCreator}). */
    public void setBeanName(String beanName) {
        this.beanName = beanName;
    }

    /** Bean ids of the host's EmailInfo beans with the kind code of the mails sent with them. */
    public void setKindsByEmailInfo(Map<String, String> kindsByEmailInfo) {
        this.kindsByEmailInfo = new LinkedHashMap<String, String>(kindsByEmailInfo);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
        if (beanName.equals(name) && bean instanceof MessageCreator && !(bean instanceof LoggingMessageCreator)) {
            return new LoggingMessageCreator((MessageCreator) bean, beanFactory, secrets, kindsByEmailInfo,
                    rethrowFailures);
        }
        return bean;
    }
}
