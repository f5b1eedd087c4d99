package io.custmgr.admin.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin security rows that SQL import files (one {@code INSERT} per line, as Broadleaf's and the module's are) put
 * into the BLC_ADMIN_* tables, and the authorities a role's users get from them at login, computed the way Broadleaf
 * 3.1's {@code AdminUserDetailsServiceImpl} does: a friendly permission gives its children's names, any other its own.
 */
final class SecuritySqlRows {

    private static final Pattern INSERT = Pattern.compile(
            "INSERT INTO (\\w+) \\(([^)]*)\\) VALUES \\((.*)\\);\\s*$", Pattern.CASE_INSENSITIVE);

    private final Map<String, List<Map<String, String>>> tables = new HashMap<String, List<Map<String, String>>>();

    /** Broadleaf's permissions and roles with the module's security import, as a shipped site loads them. */
    static SecuritySqlRows shipped() throws IOException {
        return new SecuritySqlRows().load("config/bc/sql/load_admin_permissions.sql")
                .load("config/bc/sql/load_admin_roles.sql")
                .load("config/custmgr/sql/load_custmgr_admin_security.sql");
    }

    /** @return whether exactly one permission has this description and it is a friendly one (merchants grant it) */
    boolean isOneFriendlyPermission(String description) {
        List<Map<String, String>> found = rows("BLC_ADMIN_PERMISSION", "DESCRIPTION", description);
        return found.size() == 1 && "TRUE".equals(found.get(0).get("IS_FRIENDLY"));
    }

    SecuritySqlRows load(String classpathResource) throws IOException {
        InputStream in = getClass().getClassLoader().getResourceAsStream(classpathResource);
        if (in == null) {
            throw new IOException("Not on the classpath: " + classpathResource);
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher insert = INSERT.matcher(line.trim());
                if (insert.matches()) {
                    add(insert.group(1).toUpperCase(), insert.group(2).split(","), values(insert.group(3)));
                }
            }
        } finally {
            lines.close();
        }
        return this;
    }

    /** @return the authority names a user holding only the named role gets */
    Set<String> authoritiesOfRole(String roleName) {
        Set<String> authorities = new LinkedHashSet<String>();
        String roleId = only("BLC_ADMIN_ROLE", "NAME", roleName).get("ADMIN_ROLE_ID");
        for (Map<String, String> grant : rows("BLC_ADMIN_ROLE_PERMISSION_XREF", "ADMIN_ROLE_ID", roleId)) {
            Map<String, String> permission = only("BLC_ADMIN_PERMISSION", "ADMIN_PERMISSION_ID",
                    grant.get("ADMIN_PERMISSION_ID"));
            if ("TRUE".equalsIgnoreCase(permission.get("IS_FRIENDLY"))) {
                for (Map<String, String> child : rows("BLC_ADMIN_PERMISSION_XREF", "ADMIN_PERMISSION_ID",
                        permission.get("ADMIN_PERMISSION_ID"))) {
                    authorities.add(only("BLC_ADMIN_PERMISSION", "ADMIN_PERMISSION_ID",
                            child.get("CHILD_PERMISSION_ID")).get("NAME"));
                }
            } else {
                authorities.add(permission.get("NAME"));
            }
        }
        return authorities;
    }

    List<Map<String, String>> rows(String table, String column, String value) {
        List<Map<String, String>> found = new ArrayList<Map<String, String>>();
        List<Map<String, String>> all = tables.get(table);
        for (Map<String, String> row : all == null ? new ArrayList<Map<String, String>>() : all) {
            if (value.equals(row.get(column))) {
                found.add(row);
            }
        }
        return found;
    }

    private Map<String, String> only(String table, String column, String value) {
        List<Map<String, String>> found = rows(table, column, value);
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " rows in " + table + " with " + column + " = " + value);
        }
        return found.get(0);
    }

    private void add(String table, String[] columns, List<String> values) {
        if (columns.length != values.size()) {
            throw new IllegalStateException("Columns and values differ in an insert into " + table + ": " + values);
        }
        Map<String, String> row = new HashMap<String, String>();
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i].trim().toUpperCase(), values.get(i));
        }
        if (!tables.containsKey(table)) {
            tables.put(table, new ArrayList<Map<String, String>>());
        }
        tables.get(table).add(row);
    }

    /** Splits a VALUES list: numbers, TRUE / FALSE / NULL, and quoted strings (with '' for a quote, commas inside). */
    static List<String> values(String list) {
        List<String> values = new ArrayList<String>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' && quoted && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(value.toString().trim());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().trim());
        return values;
    }
}
