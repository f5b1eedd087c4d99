package io.custmgr.ipblock.dao;

import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.BlockedIpImpl;
import io.custmgr.ipblock.service.BlockedIpRange;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmBlockedIpDao")
public class BlockedIpDaoImpl implements BlockedIpDao {

    private static final String ENTITY = BlockedIpImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Override
    public BlockedIp create() {
        return (BlockedIp) entityConfiguration.createEntityInstance(BlockedIp.class.getName());
    }

    @Override
    public BlockedIp save(BlockedIp blockedIp) {
        BlockedIp saved = em.merge(blockedIp);
        em.flush();
        return saved;
    }

    @Override
    public BlockedIp readById(Long id) {
        return id == null ? null : em.find(BlockedIpImpl.class, id);
    }

    @Override
    public BlockedIp readByAddress(String normalizedAddress) {
        List<BlockedIp> found = em.createQuery("SELECT b FROM " + ENTITY + " b WHERE b.address = :address",
                BlockedIp.class).setParameter("address", normalizedAddress).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<BlockedIp> readAll() {
        return em.createQuery("SELECT b FROM " + ENTITY + " b ORDER BY b.dateCreated DESC, b.id DESC",
                BlockedIp.class).getResultList();
    }

    @Override
    public List<BlockedIpRange> readRanges() {
        List<Object[]> rows = em.createQuery("SELECT b.id, b.address, b.firstKey, b.lastKey FROM " + ENTITY
                + " b ORDER BY b.firstKey, b.lastKey", Object[].class).getResultList();
        List<BlockedIpRange> ranges = new ArrayList<BlockedIpRange>(rows.size());
        for (Object[] row : rows) {
            ranges.add(new BlockedIpRange((Long) row[0], (String) row[1], (String) row[2], (String) row[3]));
        }
        return ranges;
    }

    @Override
    public void delete(BlockedIp blockedIp) {
        em.remove(blockedIp);
        em.flush();
    }
}
