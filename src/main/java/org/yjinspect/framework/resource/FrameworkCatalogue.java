package org.yjinspect.framework.resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * Loads the framework catalogue of a version from {@code /framework/<version>.json} on the
 * classpath. The files are the versioned data; this class only reads them, once.
 */
public final class FrameworkCatalogue {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<FrameworkVersion, Framework> CACHE = new EnumMap<>(FrameworkVersion.class);

    private FrameworkCatalogue() {
    }

    public static synchronized Framework load(FrameworkVersion version) {
        return CACHE.computeIfAbsent(version, FrameworkCatalogue::read);
    }

    private static Framework read(FrameworkVersion version) {
        String resource = "/framework/" + version.label() + ".json";
        try (InputStream in = FrameworkCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("framework catalogue missing from the build: " + resource);
            }
            Framework framework = MAPPER.readValue(in, Framework.class);
            if (framework.version() != version) {
                throw new IllegalStateException(resource + " declares version " + framework.version());
            }
            return framework;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read framework catalogue " + resource, e);
        }
    }
}
