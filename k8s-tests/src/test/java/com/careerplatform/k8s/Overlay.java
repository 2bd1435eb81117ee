package com.careerplatform.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One of deploy/k8s's overlays as {@code kubectl kustomize} renders it: the objects an {@code kubectl apply -k}
 * would send to the cluster.
 */
final class Overlay {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

    private final String name;
    private final List<ObjectNode> objects;

    private Overlay(String name, List<ObjectNode> objects) {
        this.name = name;
        this.objects = objects;
    }

    static Overlay dev() {
        return named("dev");
    }

    static Overlay prod() {
        return named("prod");
    }

    static List<Overlay> both() {
        return List.of(dev(), prod());
    }

    private static Overlay named(String name) {
        return RENDERED.computeIfAbsent(name, Overlay::render);
    }

    private static Overlay render(String name) {
        Path directory = ROOT.resolve("deploy/k8s/overlays").resolve(name);
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] rendered = kubectl.getInputStream().readAllBytes();
            if (!kubectl.waitFor(1, TimeUnit.MINUTES) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed");
            }
            List<ObjectNode> objects = new ArrayList<>();
            try (var documents = YAML.readerFor(ObjectNode.class).<ObjectNode>readValues(new String(rendered, StandardCharsets.UTF_8))) {
                documents.forEachRemaining(objects::add);
            }
            return new Overlay(name, List.copyOf(objects));
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl (with kustomize v5) is needed to render " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String name() {
        return name;
    }

    List<ObjectNode> objects() {
        return objects;
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(nameOf(object))).findFirst();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + nameOf(object);
    }

    @Override
    public String toString() {
        return name;
    }
}
