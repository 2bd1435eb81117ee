package com.careerplatform.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's configuration as Quarkus reads it under the kubernetes profile: its application.properties
 * and the kits' shared files. What it needs from the environment are the {@code ${NAME}} expressions
 * without a default; a pod that lacks one does not start.
 */
final class ServiceConfiguration {

    private static final String PROFILE = "kubernetes";
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private final List<Properties> sources;

    private ServiceConfiguration(List<Properties> sources) {
        this.sources = sources;
    }

    /** The module's own file, kit-web's, and kit-data's for a service with a database. */
    static ServiceConfiguration of(String module) {
        List<Path> files = new ArrayList<>(List.of(Overlay.ROOT.resolve(module).resolve("src/main/resources/application.properties"),
                Overlay.ROOT.resolve("kit-web/src/main/resources/META-INF/microprofile-config.properties")));
        if (!module.equals("gateway")) {
            files.add(Overlay.ROOT.resolve("kit-data/src/main/resources/META-INF/microprofile-config.properties"));
        }
        return new ServiceConfiguration(files.stream().map(ServiceConfiguration::load).toList());
    }

    /** The environment variables the module reads without a default under the kubernetes profile. */
    Set<String> requiredEnvironment() {
        Set<String> names = new TreeSet<>();
        for (Properties source : sources) {
            for (String key : source.stringPropertyNames()) {
                if (appliesUnderProfile(key)) {
                    Matcher reference = ENVIRONMENT_VARIABLE.matcher(source.getProperty(key));
                    while (reference.find()) {
                        if (reference.group(2) == null) {
                            names.add(reference.group(1));
                        }
                    }
                }
            }
        }
        return names;
    }

    /** The value the module sees for {@code key} under the kubernetes profile: its own file first, then the kits'. */
    String value(String key) {
        for (String candidate : List.of("%" + PROFILE + "." + key, key)) {
            for (Properties source : sources) {
                if (source.containsKey(candidate)) {
                    return source.getProperty(candidate);
                }
            }
        }
        return null;
    }

    private static boolean appliesUnderProfile(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return Arrays.asList(profiles.split(",")).contains(PROFILE);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
