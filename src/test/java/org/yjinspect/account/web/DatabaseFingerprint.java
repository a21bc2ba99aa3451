package org.yjinspect.account.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * What an attack test compares before and after a refused request, to show it changed nothing:
 * an MD5 of every row of every table. Left out are the rows that any request moves on without
 * changing anything anyone decided: when a session or token was last used, the sign-in failures,
 * and the account audit (where the refusal itself is recorded, which the tests check apart).
 */
final class DatabaseFingerprint {
    private static final List<String> BOOKKEEPING = List.of("account_event", "sign_in_failure",
            "flyway_schema_history");
    private static final Map<String, String> WITHOUT_LAST_USE = Map.of(
            "access_token", "select id, user_id, name, token_hash, created_at, expires_at, revoked_at from access_token",
            "account_session", "select token_hash, user_id, created_at, expires_at from account_session");

    private DatabaseFingerprint() {
    }

    /** Table name to the MD5 of its rows (empty text for an empty table). */
    static Map<String, String> of(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            List<String> tables = h.createQuery("select table_name from information_schema.tables where table_schema"
                    + " = current_schema() and table_type = 'BASE TABLE'").mapTo(String.class).list();
            Map<String, String> fingerprint = new TreeMap<>();
            for (String table : tables) {
                if (BOOKKEEPING.contains(table)) {
                    continue;
                }
                // The names come from the catalogue, not from input; quoted all the same.
                String rows = WITHOUT_LAST_USE.getOrDefault(table, "select * from \"" + table.replace("\"", "\"\"") + "\"");
                fingerprint.put(table, h.createQuery("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from (" + rows + ") t").mapTo(String.class).one());
            }
            return fingerprint;
        });
    }
}
