package io.custmgr.common.validation;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.stereotype.Service;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.annotation.Resource;
import javax.persistence.Column;
import javax.persistence.EntityManager;
import javax.persistence.Lob;
import javax.persistence.PersistenceContext;
import javax.persistence.metamodel.Attribute;
import javax.persistence.metamodel.ManagedType;
import javax.persistence.metamodel.Metamodel;

/**
 * Walks the JPA metamodel of {@code blPU} to the attribute's field or getter and reads its {@code @Column}: the
 * metamodel knows the classes as Hibernate mapped them (class transformers applied, a host's subclass in place of
 * Broadleaf's), the annotation knows the length. Results are cached; the mapping does not change at run time.
 */
@Service("cmColumnLimits")
public class ColumnLimitsImpl implements ColumnLimits {

    /** JPA's {@code @Column(length)} default, which Hibernate uses for an unannotated string too. */
    static final int JPA_DEFAULT_LENGTH = 255;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    private final ConcurrentMap<String, Integer> cache = new ConcurrentHashMap<String, Integer>();

    @Override
    public int maxLength(Class<?> entity, String property) {
        String key = entity.getName() + '#' + property;
        Integer length = cache.get(key);
        if (length == null) {
            length = read(mappedClass(entity), property);
            cache.put(key, length);
        }
        return length;
    }

    @Override
    public int narrowest(Class<?> firstEntity, String firstProperty, Class<?> secondEntity, String secondProperty) {
        return Math.min(maxLength(firstEntity, firstProperty), maxLength(secondEntity, secondProperty));
    }

    protected Class<?> mappedClass(Class<?> entity) {
        if (!entity.isInterface()) {
            return entity;
        }
        try {
            return entityConfiguration.lookupEntityClass(entity.getName());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("No entity configured for " + entity.getName(), e);
        }
    }

    private int read(Class<?> mapped, String property) {
        Metamodel metamodel = em.getMetamodel();
        ManagedType<?> type = managedType(metamodel, mapped);
        String[] path = property.split("\\.");
        Attribute<?, ?> attribute = null;
        for (int i = 0; i < path.length; i++) {
            try {
                attribute = type.getAttribute(path[i]);
            } catch (IllegalArgumentException e) {
                attribute = null;
            }
            if (attribute == null) { // Hibernate 4.1 answers null where JPA says IAE
                throw new IllegalArgumentException(mapped.getName() + " maps no attribute " + property);
            }
            if (i < path.length - 1) {
                type = managedType(metamodel, attribute.getJavaType());
            }
        }
        return lengthOf(attribute.getJavaMember());
    }

    private static ManagedType<?> managedType(Metamodel metamodel, Class<?> type) {
        ManagedType<?> managed;
        try {
            managed = metamodel.managedType(type);
        } catch (IllegalArgumentException e) {
            managed = null;
        }
        if (managed == null) {
            throw new IllegalArgumentException(type.getName() + " is not mapped in blPU");
        }
        return managed;
    }

    static int lengthOf(Member member) {
        if (!(member instanceof AnnotatedElement)) {
            return JPA_DEFAULT_LENGTH;
        }
        AnnotatedElement element = (AnnotatedElement) member;
        if (element.isAnnotationPresent(Lob.class)) {
            return Integer.MAX_VALUE;
        }
        Column column = element.getAnnotation(Column.class);
        return column == null ? JPA_DEFAULT_LENGTH : column.length();
    }
}
