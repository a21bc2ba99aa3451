package org.yjinspect.platform.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Which embedded PostgreSQL binary this machine runs. zonky looks for a resource named
 * {@code postgres-<os>-<arch>.txz}; the jar carries Linux x64 and arm64, Windows x64 and one
 * macOS binary. That macOS binary is universal (x86_64 and arm64 in one file), so it is shipped
 * once and used on Intel and Apple silicon alike, where zonky by itself would look for an arm64
 * file, not find it, and warn about Rosetta emulation that is not happening. Elsewhere zonky decides.
 */
final class PostgresBinaries implements PgBinaryResolver {
    /** The universal macOS binary, under the name zonky's darwin-amd64 jar gives it. */
    static final String MAC_UNIVERSAL = "postgres-darwin-x86_64.txz";

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if ("Darwin".equals(system)) {
            InputStream mac = PostgresBinaries.class.getClassLoader().getResourceAsStream(MAC_UNIVERSAL);
            if (mac != null) {
                return mac;
            }
        }
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
