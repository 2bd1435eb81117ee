package com.careerplatform.leveling.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-kept transcriptions of the seed in src/test/resources/transcription that are written as blocks:
 * a line '@ header', then the block's lines; blank lines and '#' comments are skipped.
 */
public final class Transcriptions {

    /** Sections 7–12, the checklist and the anti-patterns: the interview loop and the guides. */
    public static final String GUIDES = "ai-engineer-guides.txt";
    /** Sections 1.1, 1.2 and 6: the axes, the tracks and the company ladders. */
    public static final String FRAMEWORK = "ai-engineer-framework.txt";

    private Transcriptions() {
    }

    /** Each block's header ("guide PACING READING | 12.2 | items") with its lines, in the file's order. */
    public static Map<String, List<String>> blocks(String file) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        try (InputStream in = Transcriptions.class.getResourceAsStream("/transcription/" + file)) {
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

    /** The blocks of the guides' transcription whose header starts with {@code part} ("guide", "bank", "loop"). */
    public static Map<String, List<String>> ofGuides(String part) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        blocks(GUIDES).forEach((header, lines) -> {
            if (header.startsWith(part + " ")) {
                found.put(header, lines);
            }
        });
        return found;
    }
}
