package io.custmgr.disposable.dao;

import io.custmgr.disposable.domain.DisposableDomain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Reads and writes {@code CM_DISPOSABLE_DOMAIN} and {@code CM_DISPOSABLE_DOMAIN_SHIPPED}; callers bring the transaction. */
public interface DisposableDomainDao {

    DisposableDomain create();

    DisposableDomain save(DisposableDomain domain);

    DisposableDomain readById(Long id);

    DisposableDomain readByDomain(String normalizedDomain);

    /** @return every domain, alphabetically */
    List<DisposableDomain> readAll();

    /** @return every domain name in one query */
    Set<String> readDomainNames();

    /** @return the shipped domains loaded before */
    Set<String> readShippedNames();

    /**
     * Records the shipped domains as loaded and adds those not in the list yet (source LIST, by {@code system}), in
     * JDBC batches.
     *
     * @return domains added to {@code CM_DISPOSABLE_DOMAIN}
     */
    int insertShipped(Collection<String> newShippedDomains, Set<String> alreadyListed);

    void delete(DisposableDomain domain);
}
