package io.manchette.article.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Blocks as they are stored: a JSON array in a text column (article bodies, job descriptions). */
@ApplicationScoped
public class BodyJson {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    BodyJson(ObjectMapper json) {
        var blocks = new TypeReference<List<Block>>() {};
        this.writer = json.writerFor(blocks);
        this.reader = json.readerFor(blocks);
    }

    /** Blocks that passed validation, as stored. */
    public String write(List<Block> blocks) {
        try {
            return writer.writeValueAsString(blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validated blocks could not be written as JSON", e);
        }
    }

    /** Stored blocks, read back. */
    public List<Block> read(String stored) {
        try {
            return reader.readValue(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored blocks could not be read", e);
        }
    }
}
