package io.custmgr.activity.service;

import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.domain.ActivityEventTypeSetting;

import java.util.List;

/** Reading a customer's activity log and the per-type switches. */
public interface ActivityLogService {

    /** Newest first. */
    List<ActivityEvent> findEvents(Long customerId, int firstResult, int maxResults);

    long countEvents(Long customerId);

    /** The switches of all known types, creating (enabled) the rows of types that have none yet. */
    List<ActivityEventTypeSetting> findOrCreateTypeSettings();
}
