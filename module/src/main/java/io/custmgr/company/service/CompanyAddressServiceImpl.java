package io.custmgr.company.service;

import io.custmgr.company.dao.CompanyDao;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.CompanyAddress;
import io.custmgr.company.domain.CompanyAddressImpl;
import io.custmgr.company.type.CompanyPermission;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmCompanyAddressService")
public class CompanyAddressServiceImpl implements CompanyAddressService {

    /** By name: the entity class is loaded by the persistence unit first (see {@link CompanyAddress}). */
    static final String ENTITY = "io.custmgr.company.domain.CompanyAddressImpl";

    static final List<String> KINDS = Arrays.asList(CompanyAddress.SHIPPING, CompanyAddress.BILLING,
            CompanyAddress.BOTH);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cmCompanyDao")
    protected CompanyDao dao;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "blCountryService")
    protected CountryService countries;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyAddress> findAddresses(long companyId) {
        return em.createQuery("SELECT a FROM " + ENTITY + " a WHERE a.companyId = :company"
                + " ORDER BY CASE WHEN a.unitId IS NULL THEN 0 ELSE 1 END, a.unitId, a.name, a.id",
                CompanyAddress.class).setParameter("company", companyId).getResultList();
    }

    @Override
    @Transactional("blTransactionManager")
    public CompanyAddress addAddress(long companyId, CompanyAddress draft) {
        if (dao.readCompany(companyId) == null) {
            throw InvalidCompanyException.of(InvalidCompanyException.GENERAL, InvalidCompanyException.NOT_FOUND);
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        CompanyAddress address = new CompanyAddressImpl();
        address.setCompanyId(companyId);
        address.setName(required(errors, "name", draft.getName(), CompanyAddress.LINE_LENGTH));
        address.setAddressLine1(required(errors, "addressLine1", draft.getAddressLine1(),
                CompanyAddress.LINE_LENGTH));
        address.setPostalCode(required(errors, "postalCode", draft.getPostalCode(), CompanyAddress.SHORT_LENGTH));
        address.setCity(required(errors, "city", draft.getCity(), CompanyAddress.LINE_LENGTH));
        String country = draft.getCountry() == null ? "" : draft.getCountry().trim();
        if (country.length() != 2 || countries.findCountryByAbbreviation(country) == null) {
            errors.put("country", InvalidCompanyException.UNKNOWN_COUNTRY);
        }
        address.setCountry(country);
        String phone = CompanyChecks.blankToNull(draft.getPhone());
        if (phone != null && phone.length() > CompanyAddress.SHORT_LENGTH) {
            errors.put("phone", InvalidCompanyException.TOO_LONG);
        }
        address.setPhone(phone);
        if (!KINDS.contains(draft.getKind())) {
            errors.put("kind", InvalidCompanyException.UNKNOWN_KIND);
        }
        address.setKind(draft.getKind());
        if (draft.getUnitId() != null) {
            BusinessUnitImpl unit = dao.readUnit(draft.getUnitId());
            if (unit == null || unit.getCompanyId() != companyId) {
                errors.put("unitId", InvalidCompanyException.UNKNOWN_UNIT);
            }
        }
        address.setUnitId(draft.getUnitId());
        CompanyChecks.refuseIfAny(errors);
        em.persist(address);
        return address;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean removeAddress(long companyId, long addressId) {
        CompanyAddress address = em.find(CompanyAddressImpl.class, addressId);
        if (address == null || address.getCompanyId() != companyId) {
            return false;
        }
        em.remove(address);
        return true;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CompanyAddress> findCheckoutAddresses(long customerId) {
        Membership membership = members.findMembership(customerId);
        if (membership == null || !membership.may(CompanyPermission.PLACE_ORDERS)) {
            return Collections.emptyList();
        }
        List<CompanyAddress> offered = new ArrayList<CompanyAddress>();
        for (CompanyAddress address : findAddresses(membership.getCompany().getId())) {
            if (address.isForShipping()
                    && (address.getUnitId() == null || membership.getUnitIds().contains(address.getUnitId()))) {
                offered.add(address);
            }
        }
        return offered;
    }

    private static String required(Map<String, String> errors, String field, String value, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            errors.put(field, InvalidCompanyException.REQUIRED);
        } else if (trimmed.length() > max) {
            errors.put(field, InvalidCompanyException.TOO_LONG);
        }
        return trimmed;
    }
}
