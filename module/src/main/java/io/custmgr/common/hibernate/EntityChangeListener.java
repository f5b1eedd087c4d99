package io.custmgr.common.hibernate;

import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

import java.io.Serializable;

/**
 * A listener told of each inserted, updated or deleted entity with its id, alike for the three events; registered for
 * the post-commit events it sees committed changes only.
 */
public abstract class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), event.getId());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), event.getId());
    }

    /** Never throws into Hibernate. */
    protected abstract void changed(Object entity, Serializable id);
}
