package io.custmgr.test;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * JUnit 5 glue for the shared Broadleaf context (Spring 3.2 has no JUnit 5 support): injects {@code @Resource} /
 * {@code @Autowired} fields, resolves test method parameters by type, binds a request, and runs every
 * {@link Transactional} test (class or method) in a transaction on {@code blTransactionManager} that is rolled back.
 * Skips a test written for another host context than this JVM's (see {@link BroadleafIntegrationTest#hostContext()}).
 */
public class BroadleafExtension implements ExecutionCondition, TestInstancePostProcessor, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BroadleafExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        BroadleafIntegrationTest marker = context.getTestClass()
                .map(type -> type.getAnnotation(BroadleafIntegrationTest.class)).orElse(null);
        String wanted = marker == null ? "" : marker.hostContext();
        if (wanted.equals(BroadleafTestContext.hostContext())) {
            return ConditionEvaluationResult.enabled("this JVM loads the context the test needs");
        }
        return ConditionEvaluationResult.disabled(wanted.isEmpty()
                ? "this JVM loads the host context " + BroadleafTestContext.hostContext()
                : "runs in the Failsafe execution that loads " + wanted);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        ApplicationContext spring = BroadleafTestContext.get();
        spring.getAutowireCapableBeanFactory().autowireBean(testInstance);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BroadleafTestContext.bindRequest();
        if (isTransactional(context)) {
            PlatformTransactionManager manager = transactionManager();
            TransactionStatus status = manager.getTransaction(new DefaultTransactionDefinition());
            context.getStore(NAMESPACE).put(TransactionStatus.class, status);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TransactionStatus status = context.getStore(NAMESPACE).remove(TransactionStatus.class, TransactionStatus.class);
        if (status != null) {
            transactionManager().rollback(status);
        }
        RequestContextHolder.resetRequestAttributes();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return !BroadleafTestContext.get().getBeansOfType(parameter.getParameter().getType()).isEmpty();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return BroadleafTestContext.get().getBean(parameter.getParameter().getType());
    }

    private static boolean isTransactional(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(Transactional.class)
                || context.getRequiredTestClass().isAnnotationPresent(Transactional.class);
    }

    private static PlatformTransactionManager transactionManager() {
        return BroadleafTestContext.get().getBean("blTransactionManager", PlatformTransactionManager.class);
    }
}
