package io.custmgr.sample.seed;

import org.broadleafcommerce.common.persistence.EntityConfiguration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.metamodel.EntityType;

/**
 * Creates and finds Broadleaf entities by interface, so a host that swapped in its own entity classes gets them.
 * Entities registered in Broadleaf's entity configuration come from it; the few Broadleaf leaves out (category
 * cross-references, currency, locale) come from the most specific mapped JPA entity implementing the interface.
 */
final class EntityFactory {

    private final EntityConfiguration configuration;
    private final EntityManager em;
    private final Set<String> registeredNames;
    private final Map<Class<?>, Class<?>> entityClasses = new HashMap<Class<?>, Class<?>>();

    EntityFactory(EntityConfiguration configuration, EntityManager em) {
        this.configuration = configuration;
        this.em = em;
        this.registeredNames = new HashSet<String>(Arrays.asList(configuration.getEntityBeanNames()));
    }

    <T> T create(Class<T> type) {
        if (registeredNames.contains(type.getName())) {
            return configuration.createEntityInstance(type.getName(), type);
        }
        try {
            return entityClass(type).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate the entity for " + type.getName(), e);
        }
    }

    /** @return the managed entity with this id, or null */
    <T> T find(Class<T> type, Object id) {
        return em.find(entityClass(type), id);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> Class<? extends T> entityClass(Class<T> type) {
        Class<?> entityClass = entityClasses.get(type);
        if (entityClass == null) {
            entityClass = registeredNames.contains(type.getName())
                    ? configuration.lookupEntityClass(type.getName()) : mostSpecificMappedClass(type);
            entityClasses.put(type, entityClass);
        }
        return (Class<? extends T>) entityClass;
    }

    private Class<?> mostSpecificMappedClass(Class<?> type) {
        Class<?> best = null;
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Class<?> candidate = entity.getJavaType();
            if (type.isAssignableFrom(candidate) && (best == null || best.isAssignableFrom(candidate))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No JPA entity implements " + type.getName());
        }
        return best;
    }
}
