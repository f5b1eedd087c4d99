package io.custmgr.common.version;

import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.disposable.domain.DisposableDomainImpl;
import io.custmgr.disposable.service.DisposableDomainService;
import io.custmgr.ipblock.domain.BlockedIp;
import io.custmgr.ipblock.domain.IpRange;
import io.custmgr.ipblock.service.IpBlockService;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists' version rows: every save path bumps them in the changing transaction, and a change made by another node
 * (its rows and its bump, written here with plain SQL, which this node's in-memory signal never sees) reaches this
 * node's copy within {@code custmgr.cluster.versionCheckSeconds}, while the same rows without a bump do not (the time
 * safety net is 300 s). Commits for real and deletes what it wrote.
 */
@BroadleafIntegrationTest
class CacheVersionsIT {

    private static final long OTHER_NODE_BLOCK_ID = 987654321L;
    private static final String OTHER_NODE_IP = "198.51.100.77";

    @Resource(name = "cmCacheVersions")
    CacheVersions versions;

    @Resource(name = "cmIpBlockService")
    IpBlockService ipBlockService;

    @Resource(name = "cmDisposableDomainService")
    DisposableDomainService disposableDomains;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(transactionManager.getDataSource());
    }

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM CM_BLOCKED_IP WHERE ADDRESS IN (?, ?)", OTHER_NODE_IP, "203.0.113.200");
        jdbc.update("DELETE FROM CM_DISPOSABLE_DOMAIN WHERE DOMAIN IN (?, ?)", "versions-it.example",
                "rolled-back.example");
    }

    @Test
    void theModulesListsHaveTheirRowsFromTheStart() {
        assertEquals(1, (int) jdbc.queryForObject("SELECT COUNT(*) FROM CM_CACHE_VERSION WHERE NAME = ?",
                Integer.class, CacheVersions.BLOCKED_IPS));
        assertEquals(1, (int) jdbc.queryForObject("SELECT COUNT(*) FROM CM_CACHE_VERSION WHERE NAME = ?",
                Integer.class, CacheVersions.DISPOSABLE_DOMAINS));
    }

    @Test
    void blockingAndUnblockingThroughTheServiceBumpTheVersion() {
        long before = versions.read(CacheVersions.BLOCKED_IPS);
        BlockedIp block = ipBlockService.block("203.0.113.200", "versions");
        long afterBlock = versions.read(CacheVersions.BLOCKED_IPS);
        ipBlockService.unblock(block.getId());

        assertTrue(afterBlock > before);
        assertTrue(versions.read(CacheVersions.BLOCKED_IPS) > afterBlock);
    }

    @Test
    void anEntityEditedAsTheAdminsFormsEditItBumpsTheVersionInItsTransaction() {
        final Long id = disposableDomains.add("versions-it.example").getId();
        long before = versions.read(CacheVersions.DISPOSABLE_DOMAINS);
        inTransaction(false, new Runnable() {
            @Override
            public void run() {
                // the admin's generic forms change the entity itself: only its own callbacks see the change
                DisposableDomain domain = em.find(DisposableDomainImpl.class, id);
                domain.setSource(DisposableDomain.SOURCE_LIST);
                em.flush();
            }
        });
        assertTrue(versions.read(CacheVersions.DISPOSABLE_DOMAINS) > before);
    }

    @Test
    void aRolledBackChangeLeavesTheVersion() {
        long before = versions.read(CacheVersions.DISPOSABLE_DOMAINS);
        inTransaction(true, new Runnable() {
            @Override
            public void run() {
                disposableDomains.add("rolled-back.example");
                em.flush();
            }
        });
        assertEquals(before, versions.read(CacheVersions.DISPOSABLE_DOMAINS));
    }

    @Test
    void aBlockWrittenByAnotherNodeIsSeenOnlyOnceItsVersionMoves() throws InterruptedException {
        assertFalse(ipBlockService.isBlocked(OTHER_NODE_IP));
        IpRange range = IpRange.parse(OTHER_NODE_IP);
        jdbc.update("INSERT INTO CM_BLOCKED_IP (BLOCKED_IP_ID, ADDRESS, FIRST_KEY, LAST_KEY, REASON, DATE_CREATED, "
                + "CREATED_BY) VALUES (?, ?, ?, ?, 'other node', ?, 'admin')", OTHER_NODE_BLOCK_ID, range.toString(),
                range.getFirstKey(), range.getLastKey(), new Timestamp(System.currentTimeMillis()));

        Thread.sleep(checkMillis() + 500);
        assertFalse(ipBlockService.isBlocked(OTHER_NODE_IP), "no bump: the copy is kept (no reload per check)");

        jdbc.update("UPDATE CM_CACHE_VERSION SET VERSION = VERSION + 1 WHERE NAME = ?", CacheVersions.BLOCKED_IPS);
        long bumpedAt = System.currentTimeMillis();
        while (!ipBlockService.isBlocked(OTHER_NODE_IP)) {
            assertTrue(System.currentTimeMillis() - bumpedAt < checkMillis() + 1000,
                    "the block reached this node later than versionCheckSeconds after its bump");
            Thread.sleep(50);
        }
    }

    private long checkMillis() {
        return 1000L * Integer.parseInt(System.getProperty("custmgr.it.versionCheckSeconds", "3"));
    }

    private void inTransaction(final boolean rollBack, final Runnable work) {
        new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                work.run();
                if (rollBack) {
                    status.setRollbackOnly();
                }
            }
        });
    }
}
