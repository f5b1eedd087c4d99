package io.custmgr.library.service;

import io.custmgr.common.tx.AfterCommit;
import io.custmgr.library.dao.DigitalFileDao;
import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.store.FileStore;
import io.custmgr.library.store.FileTooLargeException;
import io.custmgr.library.store.StoredContent;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class DigitalFileServiceImpl implements DigitalFileService {

    private static final Log LOG = LogFactory.getLog(DigitalFileServiceImpl.class);

    private final DigitalFileDao dao;
    private final FileStore store;
    private final long maxBytes;
    private final List<String> allowedTypes = new ArrayList<String>();

    /** @param allowedTypes comma-separated MIME types; {@code type/*} allows a whole family */
    public DigitalFileServiceImpl(DigitalFileDao dao, FileStore store, long maxBytes, String allowedTypes) {
        this.dao = dao;
        this.store = store;
        this.maxBytes = maxBytes;
        for (String type : allowedTypes.split(",")) {
            if (!type.trim().isEmpty()) {
                this.allowedTypes.add(type.trim().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public DigitalFile addFile(Long productId, String fileName, String contentType, InputStream content)
            throws IOException {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        String name = null;
        try {
            name = DigitalFileNames.check(fileName);
        } catch (InvalidDigitalFileException e) {
            errors.putAll(e.getErrors());
        }
        String type = normalizeType(contentType);
        if (!dao.productExists(productId)) {
            errors.put(InvalidDigitalFileException.FIELD_PRODUCT, InvalidDigitalFileException.NOT_FOUND);
        }
        if (content == null) {
            errors.put(InvalidDigitalFileException.FIELD_CONTENT, InvalidDigitalFileException.REQUIRED);
        } else if (!isAllowedType(type)) {
            errors.put(InvalidDigitalFileException.FIELD_CONTENT, InvalidDigitalFileException.REFUSED_TYPE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDigitalFileException(errors);
        }
        final StoredContent stored;
        try {
            stored = store.store(content, maxBytes);
        } catch (FileTooLargeException e) {
            throw new InvalidDigitalFileException(InvalidDigitalFileException.FIELD_CONTENT,
                    InvalidDigitalFileException.TOO_LARGE);
        }
        AfterCommit.onRollback(new Runnable() {
            @Override
            public void run() {
                deleteQuietly(stored.getKey());
            }
        });
        if (stored.getSize() == 0) {
            throw new InvalidDigitalFileException(InvalidDigitalFileException.FIELD_CONTENT,
                    InvalidDigitalFileException.EMPTY);
        }
        DigitalFile file = dao.create();
        file.setProductId(productId);
        file.setFileName(name);
        file.setContentType(type);
        file.setSize(stored.getSize());
        file.setSha256(stored.getSha256());
        file.setStoredName(stored.getKey());
        return dao.save(file);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DigitalFile> findFiles(Long productId) {
        return dao.readByProduct(productId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, List<DigitalFile>> findFilesOfProducts(Collection<Long> productIds) {
        Map<Long, List<DigitalFile>> byProduct = new LinkedHashMap<Long, List<DigitalFile>>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        for (DigitalFile file : dao.readByProducts(productIds)) {
            List<DigitalFile> files = byProduct.get(file.getProductId());
            if (files == null) {
                files = new ArrayList<DigitalFile>();
                byProduct.put(file.getProductId(), files);
            }
            files.add(file);
        }
        return byProduct;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public DigitalFile findFile(Long fileId) {
        return dao.readById(fileId);
    }

    @Override
    @Transactional("blTransactionManager")
    public void removeFile(Long fileId) {
        DigitalFile file = dao.readById(fileId);
        if (file == null) {
            return;
        }
        final String key = file.getStoredName();
        dao.delete(file);
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                deleteQuietly(key);
            }
        });
    }

    @Override
    public long getMaxBytes() {
        return maxBytes;
    }

    @Override
    public boolean isAllowedType(String contentType) {
        String type = normalizeType(contentType);
        if (type.isEmpty()) {
            return false;
        }
        for (String allowed : allowedTypes) {
            if (allowed.equals(type)
                    || allowed.endsWith("/*") && type.startsWith(allowed.substring(0, allowed.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    static String normalizeType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            LOG.warn("Stored digital file " + key + " was not removed", e);
        }
    }
}
