package io.custmgr.group.service;

import io.custmgr.group.dao.CustomerGroupDao;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.domain.CustomerGroupNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

@Service("cmCustomerGroupService")
public class CustomerGroupServiceImpl implements CustomerGroupService {

    @Resource(name = "cmCustomerGroupDao")
    protected CustomerGroupDao groupDao;

    @Override
    public CustomerGroup createGroup() {
        return groupDao.create();
    }

    @Override
    @Transactional("blTransactionManager")
    public CustomerGroup saveGroup(CustomerGroup group) {
        String brokenRule = checkName(group.getName(), group.getId());
        if (brokenRule != null) {
            throw new InvalidCustomerGroupException(brokenRule, group.getName());
        }
        return groupDao.save(group);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String checkName(String name, Long exceptGroupId) {
        String clean = CustomerGroupNames.clean(name);
        if (clean == null) {
            return InvalidCustomerGroupException.NAME_REQUIRED;
        }
        if (clean.length() > CustomerGroup.NAME_LENGTH) {
            return InvalidCustomerGroupException.NAME_TOO_LONG;
        }
        CustomerGroup holder = groupDao.readByNameKey(CustomerGroupNames.key(clean));
        if (holder != null && !holder.getId().equals(exceptGroupId)) {
            return InvalidCustomerGroupException.NAME_TAKEN;
        }
        return null;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerGroup findGroupById(Long groupId) {
        return groupDao.readById(groupId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CustomerGroup findGroupByName(String name) {
        String key = CustomerGroupNames.key(name);
        return key == null ? null : groupDao.readByNameKey(key);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerGroup> findAllGroups() {
        return groupDao.readAll();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerGroup> findGroupsOfCustomer(Long customerId) {
        return groupDao.readGroupsOfCustomer(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, Set<Long>> findGroupIdsByCustomer(Collection<Long> customerIds) {
        return groupDao.readGroupIdsByCustomerIds(customerIds);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isMember(Long customerId, Long groupId) {
        Set<Long> groups = groupDao.readGroupIdsByCustomerIds(Collections.singleton(customerId)).get(customerId);
        return groups != null && groups.contains(groupId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Long> findMemberIds(Long groupId, int firstResult, int maxResults) {
        return groupDao.readMemberIds(groupId, firstResult, maxResults);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countMembers(Long groupId) {
        return groupDao.countMembers(groupId);
    }

    @Override
    @Transactional("blTransactionManager")
    public int addMembers(Long groupId, Collection<Long> customerIds) {
        return groupDao.insertMembers(groupId, customerIds);
    }

    @Override
    @Transactional("blTransactionManager")
    public int removeMembers(Long groupId, Collection<Long> customerIds) {
        return groupDao.deleteMembers(groupId, customerIds);
    }

    @Override
    @Transactional("blTransactionManager")
    public int moveMemberships(Long fromCustomerId, Long toCustomerId) {
        int added = groupDao.copyMemberships(fromCustomerId, toCustomerId);
        groupDao.deleteMembershipsOfCustomer(fromCustomerId);
        return added;
    }

    @Override
    @Transactional("blTransactionManager")
    public int removeAllMemberships(Long customerId) {
        return groupDao.deleteMembershipsOfCustomer(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public int deleteGroup(Long groupId) {
        CustomerGroup group = groupDao.readById(groupId);
        if (group == null) {
            return 0;
        }
        int removed = groupDao.deleteMembershipsOfGroup(groupId);
        groupDao.delete(group);
        return removed;
    }
}
