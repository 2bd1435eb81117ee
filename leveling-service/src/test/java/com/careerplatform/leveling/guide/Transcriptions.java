package com.careerplatform.leveling.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hand-kept transcription of the seed's sections 7–12 in src/test/resources/transcription. */
public final class Transcriptions {

    private Transcriptions() {
    }

    /** Each block's header ("guide PACING READING | 12.2 | items") with its lines, in the file's order. */
    public static Map<String, List<String>> guidesAndLoop() {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = Transcriptions.class.getResourceAsStream("/transcription/ai-engineer-guides.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@ ")) {
                    current = blocks.computeIfAbsent(line.substring(2), header -> new ArrayList<>());
                    continue;
                }
                current.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    /** The blocks whose header starts with {@code part} ("guide", "bank", "loop"). */
    public static Map<String, List<String>> of(String part) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        guidesAndLoop().forEach((header, lines) -> {
            if (header.startsWith(part + " ")) {
                found.put(header, lines);
            }
        });
        return found;
    }
}
