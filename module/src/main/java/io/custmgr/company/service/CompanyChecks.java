package io.custmgr.company.service;

import io.custmgr.company.dao.CompanyDao;
import io.custmgr.company.domain.Company;
import io.custmgr.company.domain.CompanyImpl;

import java.util.LinkedHashMap;
import java.util.Map;

/** The checks a company's details pass wherever they are typed: storefront request, new company, admin edit. */
final class CompanyChecks {

    private CompanyChecks() {
    }

    /**
     * @param currentName the company's name now (an edit may keep it, in another case), or null for a new company
     * @param noteField the field name the draft's message is shown at
     * @return field → message key of each refusal, in the form's order
     */
    static Map<String, String> check(CompanyDraft draft, String currentName, String noteField, CompanyDao dao) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        String name = draft.getName() == null ? "" : draft.getName().trim();
        if (name.isEmpty()) {
            errors.put("name", InvalidCompanyException.NAME_REQUIRED);
        } else if (name.length() > Company.NAME_LENGTH) {
            errors.put("name", InvalidCompanyException.TOO_LONG);
        } else if (!CompanyImpl.key(name).equals(CompanyImpl.key(currentName)) && dao.isNameTaken(name)) {
            errors.put("name", InvalidCompanyException.NAME_TAKEN);
        }
        tooLong(errors, "legalName", draft.getLegalName(), Company.DETAIL_LENGTH);
        tooLong(errors, "taxNumber", draft.getTaxNumber(), Company.TAX_NUMBER_LENGTH);
        tooLong(errors, noteField, draft.getMessage(), Company.NOTE_LENGTH);
        return errors;
    }

    static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCompanyException(errors);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.put(field, InvalidCompanyException.TOO_LONG);
        }
    }
}
