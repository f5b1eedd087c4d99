package io.custmgr.library.dao;

import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.domain.DigitalFileImpl;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cmDigitalFileDao")
public class DigitalFileDaoImpl implements DigitalFileDao {

    private static final String ENTITY = DigitalFileImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Override
    public DigitalFile create() {
        return (DigitalFile) entityConfiguration.createEntityInstance(DigitalFile.class.getName());
    }

    @Override
    public DigitalFile save(DigitalFile file) {
        DigitalFile saved = em.merge(file);
        em.flush();
        return saved;
    }

    @Override
    public DigitalFile readById(Long fileId) {
        return fileId == null ? null : em.find(DigitalFileImpl.class, fileId);
    }

    @Override
    public List<DigitalFile> readByProduct(Long productId) {
        return em.createQuery("SELECT f FROM " + ENTITY + " f WHERE f.productId = :product ORDER BY f.fileName, f.id",
                DigitalFile.class).setParameter("product", productId).getResultList();
    }

    @Override
    public List<DigitalFile> readByProducts(Collection<Long> productIds) {
        List<DigitalFile> files = new ArrayList<DigitalFile>();
        List<Long> ids = new ArrayList<Long>(productIds);
        for (int from = 0; from < ids.size(); from += 500) {
            files.addAll(em.createQuery("SELECT f FROM " + ENTITY + " f WHERE f.productId IN (:products)"
                    + " ORDER BY f.productId, f.fileName, f.id", DigitalFile.class)
                    .setParameter("products", ids.subList(from, Math.min(ids.size(), from + 500))).getResultList());
        }
        return files;
    }

    @Override
    public void delete(DigitalFile file) {
        em.remove(em.contains(file) ? file : em.merge(file));
        em.flush();
    }

    @Override
    public boolean productExists(Long productId) {
        return productId != null && jdbc.queryForObject("SELECT COUNT(*) FROM BLC_PRODUCT WHERE PRODUCT_ID = ?",
                Integer.class, productId) > 0;
    }
}
