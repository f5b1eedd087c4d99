package io.custmgr.library.admin;

import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.library.service.LibraryService;
import io.custmgr.library.service.RebuildResult;
import io.custmgr.library.type.Acquisition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import static io.custmgr.library.admin.InvalidLibraryChangeException.*;

@Service("cmLibraryAdminService")
public class LibraryAdminServiceImpl implements LibraryAdminService {

    static final String ACTIVE = "ACTIVE";

    @Resource(name = "cmLibraryService")
    protected LibraryService library;

    @Resource(name = "cmLibraryAdminDao")
    protected LibraryAdminDao dao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    @Override
    @Transactional("blTransactionManager")
    public void grant(long customerId, Long productId, Acquisition acquisition, String giver, String note) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (productId == null) {
            errors.put(FIELD_PRODUCT, REQUIRED);
        } else if (!dao.isDigital(productId)) {
            errors.put(FIELD_PRODUCT, NOT_DIGITAL);
        } else if (dao.readEntry(customerId, productId) != null) {
            errors.put(FIELD_PRODUCT, ALREADY_IN_LIBRARY);
        }
        boolean gift = Acquisition.GIFT.equals(acquisition);
        if (!gift && !Acquisition.MANUAL.equals(acquisition)) {
            errors.put(FIELD_ACQUISITION, REQUIRED);
        }
        String cleanGiver = trim(giver);
        if (gift && cleanGiver == null) {
            errors.put(FIELD_GIVER, REQUIRED);
        }
        checkLength(errors, FIELD_GIVER, cleanGiver, GIVER_LENGTH);
        String cleanNote = trim(note);
        checkLength(errors, FIELD_NOTE, cleanNote, NOTE_LENGTH);
        refuseIfAny(errors);
        if (!library.grant(customerId, productId, acquisition, gift ? cleanGiver : null, cleanNote)) {
            throw new InvalidLibraryChangeException(FIELD_PRODUCT, ALREADY_IN_LIBRARY);
        }
        record(customerId, CustomerAuditAction.LIBRARY_GRANTED, "Product " + productId + " as "
                + acquisition.getFriendlyType() + (gift ? " from " + cleanGiver : "")
                + (cleanNote == null ? "" : "; note: " + cleanNote));
    }

    @Override
    @Transactional("blTransactionManager")
    public void editNote(long customerId, long productId, String note) {
        String cleanNote = trim(note);
        Map<String, String> errors = new LinkedHashMap<String, String>();
        checkLength(errors, FIELD_NOTE, cleanNote, NOTE_LENGTH);
        refuseIfAny(errors);
        String[] entry = dao.readEntry(customerId, productId);
        if (entry == null || !library.editNote(customerId, productId, cleanNote)) {
            throw new InvalidLibraryChangeException(FIELD_PRODUCT, NOT_IN_LIBRARY);
        }
        audit.record(CustomerAuditEntry.fieldChange(customerId, CustomerAuditAction.LIBRARY_NOTE_CHANGED,
                "Library note of product " + productId, entry[1], cleanNote));
    }

    @Override
    @Transactional("blTransactionManager")
    public void revoke(long customerId, long productId, String reason) {
        String cleanReason = trim(reason);
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (cleanReason == null) {
            errors.put(FIELD_REASON, REQUIRED);
        }
        checkLength(errors, FIELD_REASON, cleanReason, REASON_LENGTH);
        refuseIfAny(errors);
        if (!library.revoke(customerId, productId, cleanReason)) {
            throw new InvalidLibraryChangeException(FIELD_PRODUCT, NOT_ACTIVE);
        }
        record(customerId, CustomerAuditAction.LIBRARY_REVOKED, "Product " + productId + ": " + cleanReason);
    }

    @Override
    @Transactional("blTransactionManager")
    public void restore(long customerId, long productId) {
        if (!library.restore(customerId, productId)) {
            throw new InvalidLibraryChangeException(FIELD_PRODUCT, NOT_REVOKED);
        }
        record(customerId, CustomerAuditAction.LIBRARY_RESTORED, "Product " + productId);
    }

    @Override
    @Transactional("blTransactionManager")
    public RebuildResult rebuild(long customerId) {
        RebuildResult result = library.rebuild(customerId);
        if (!result.getAdded().isEmpty() || !result.getRemoved().isEmpty()) {
            record(customerId, CustomerAuditAction.LIBRARY_REBUILT, "Added " + result.getAdded() + ", revoked "
                    + result.getRemoved());
        }
        return result;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DigitalProductOption> findDigitalProducts() {
        return dao.readDigitalProducts();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isDigital(long productId) {
        return dao.isDigital(productId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DownloadView> findDownloads(Long customerId, int first, int max) {
        return dao.readDownloads(customerId, Math.max(0, first), Math.max(1, max));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countDownloads(Long customerId) {
        return dao.countDownloads(customerId);
    }

    private void record(long customerId, CustomerAuditAction action, String detail) {
        audit.record(CustomerAuditEntry.of(customerId, action, detail));
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidLibraryChangeException(errors);
        }
    }

    private static void checkLength(Map<String, String> errors, String field, String value, int length) {
        if (value != null && value.length() > length && !errors.containsKey(field)) {
            errors.put(field, TOO_LONG);
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
