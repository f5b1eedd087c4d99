package io.custmgr.company.type;

import java.util.EnumSet;
import java.util.Set;

/** What a company role lets its members do; a role holds any set of them. */
public enum CompanyPermission {

    /** Invite, remove and edit members, their roles and units; see every order of the company. */
    MANAGE_MEMBERS,
    /** See every order of the company. */
    VIEW_ALL_ORDERS,
    /** See the orders of the business units one belongs to. */
    VIEW_UNIT_ORDERS,
    /** Place orders for the company (and see one's own). */
    PLACE_ORDERS;

    /** @return the permissions written as a comma-separated list; unknown names are ignored */
    public static Set<CompanyPermission> parse(String list) {
        Set<CompanyPermission> permissions = EnumSet.noneOf(CompanyPermission.class);
        if (list == null) {
            return permissions;
        }
        for (String name : list.split(",")) {
            for (CompanyPermission permission : values()) {
                if (permission.name().equals(name.trim())) {
                    permissions.add(permission);
                }
            }
        }
        return permissions;
    }

    /** @return the permissions as a comma-separated list in declaration order */
    public static String format(Set<CompanyPermission> permissions) {
        StringBuilder list = new StringBuilder();
        for (CompanyPermission permission : values()) {
            if (permissions.contains(permission)) {
                list.append(list.length() == 0 ? "" : ",").append(permission.name());
            }
        }
        return list.toString();
    }
}
