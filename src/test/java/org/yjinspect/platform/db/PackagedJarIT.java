package org.yjinspect.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tukaani.xz.XZInputStream;

/**
 * The built jar ({@code target/yjinspect.jar}, made by {@code package} before failsafe runs this)
 * carries the embedded PostgreSQL for every platform its users have, and on each platform the
 * jar's own code picks that platform's binary, a binary built for that operating system and processor.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "yjinspect.jar");

    /** A PostgreSQL build in the jar: its resource, its server executable, and what that is built for. */
    enum Binary {
        LINUX_X64("postgres-linux-x86_64.txz", "bin/postgres", Set.of("ELF x86-64")),
        LINUX_ARM64("postgres-linux-arm_64.txz", "bin/postgres", Set.of("ELF aarch64")),
        WINDOWS_X64("postgres-windows-x86_64.txz", "bin/postgres.exe", Set.of("PE x86-64")),
        MAC_UNIVERSAL("postgres-darwin-x86_64.txz", "bin/postgres", Set.of("Mach-O x86-64", "Mach-O arm64"));

        final String resource;
        final String executable;
        final Set<String> builtFor;

        Binary(String resource, String executable, Set<String> builtFor) {
            this.resource = resource;
            this.executable = executable;
            this.builtFor = builtFor;
        }
    }

    /** A platform as zonky sees it ({@code os.name} reduced to a system, {@code os.arch}), and the binary it must get. */
    enum Platform {
        LINUX_X64("Linux", "amd64", Binary.LINUX_X64),
        LINUX_ARM64("Linux", "aarch64", Binary.LINUX_ARM64),
        WINDOWS_X64("Windows", "amd64", Binary.WINDOWS_X64),
        MAC_INTEL("Darwin", "x86_64", Binary.MAC_UNIVERSAL),
        MAC_APPLE_SILICON("Darwin", "aarch64", Binary.MAC_UNIVERSAL);

        final String system;
        final String arch;
        final Binary binary;

        Platform(String system, String arch, Binary binary) {
            this.system = system;
            this.arch = arch;
            this.binary = binary;
        }
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(JAR).as("run mvn package (or verify) first").isRegularFile();
    }

    @Test
    void theJarHoldsExactlyTheShippedPostgresBuilds() throws IOException {
        Set<String> builds = new HashSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("postgres-") && n.endsWith(".txz"))
                    .forEach(builds::add);
        }
        Set<String> shipped = new HashSet<>();
        for (Binary binary : Binary.values()) {
            shipped.add(binary.resource);
        }
        assertThat(builds).as("PostgreSQL builds in %s (%d MB)", JAR, Files.size(JAR) >> 20)
                .containsExactlyInAnyOrderElementsOf(shipped);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void onEachPlatformTheJarPicksThatPlatformsBuild(Platform platform) throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile());
                URLClassLoader packaged = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
            ZipEntry expected = jar.getEntry(platform.binary.resource);
            assertThat(expected).as(platform.binary.resource + " in the jar").isNotNull();

            try (InputStream picked = resolve(packaged, platform); InputStream shipped = jar.getInputStream(expected)) {
                assertThat(sha256(picked)).as("the build picked on %s %s", platform.system, platform.arch)
                        .isEqualTo(sha256(shipped));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Binary.class)
    void eachBuildsServerIsMadeForItsPlatform(Binary binary) throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile());
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                        new BufferedInputStream(jar.getInputStream(jar.getEntry(binary.resource)))))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals(binary.executable)) {
                    assertThat(ExecutableHeader.builtFor(tar.readNBytes(4096))).as(binary.executable + " in " + binary.resource)
                            .containsExactlyInAnyOrderElementsOf(binary.builtFor);
                    return;
                }
            }
        }
        throw new AssertionError(binary.executable + " not found in " + binary.resource);
    }

    /** The jar's own binary resolver, loaded from the jar alone, asked as zonky asks it at start-up. */
    private static InputStream resolve(ClassLoader packaged, Platform platform) throws Exception {
        Class<?> resolver = packaged.loadClass("org.yjinspect.platform.db.PostgresBinaries");
        Constructor<?> create = resolver.getDeclaredConstructor();
        create.setAccessible(true);
        Method getPgBinary = packaged.loadClass("io.zonky.test.db.postgres.embedded.PgBinaryResolver")
                .getMethod("getPgBinary", String.class, String.class);
        return (InputStream) getPgBinary.invoke(create.newInstance(), platform.system, platform.arch);
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
