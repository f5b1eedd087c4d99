package io.custmgr.activity.service;

import io.custmgr.activity.dao.ActivityEventDao;
import io.custmgr.activity.domain.ActivityEvent;
import io.custmgr.activity.domain.ActivityEventTypeSetting;
import io.custmgr.activity.domain.ActivityEventTypeSettingImpl;
import io.custmgr.activity.type.ActivityEventType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmActivityLogService")
public class ActivityLogServiceImpl implements ActivityLogService {

    @Resource(name = "cmActivityEventDao")
    protected ActivityEventDao dao;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ActivityEvent> findEvents(Long customerId, int firstResult, int maxResults) {
        return dao.readEvents(customerId, Math.max(0, firstResult), Math.max(1, maxResults));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countEvents(Long customerId) {
        return dao.countEvents(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<ActivityEventTypeSetting> findOrCreateTypeSettings() {
        Map<String, ActivityEventTypeSetting> existing = new HashMap<String, ActivityEventTypeSetting>();
        for (ActivityEventTypeSetting setting : em.createQuery("SELECT s FROM "
                + ActivityEventTypeSettingImpl.class.getName() + " s", ActivityEventTypeSetting.class).getResultList()) {
            existing.put(setting.getTypeCode(), setting);
        }
        List<ActivityEventTypeSetting> settings = new ArrayList<ActivityEventTypeSetting>();
        for (ActivityEventType type : ActivityEventType.all()) {
            ActivityEventTypeSetting setting = existing.get(type.getType());
            if (setting == null) {
                setting = (ActivityEventTypeSetting) entityConfiguration.createEntityInstance(
                        ActivityEventTypeSetting.class.getName());
                setting.setTypeCode(type.getType());
                setting.setName(type.getFriendlyType());
                setting.setEnabled(true);
                em.persist(setting);
            }
            settings.add(setting);
        }
        return settings;
    }
}
