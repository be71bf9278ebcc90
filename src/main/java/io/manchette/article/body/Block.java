package io.manchette.article.body;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One block of an article body. The body is an ordered list of typed blocks so that every front end
 * renders it its own way; text is plain text (see {@link PlainText} for the small inline markup).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Quote.class, name = "quote"),
    @JsonSubTypes.Type(value = ListBlock.class, name = "list"),
    @JsonSubTypes.Type(value = Image.class, name = "image"),
    @JsonSubTypes.Type(value = Embed.class, name = "embed"),
    @JsonSubTypes.Type(value = Related.class, name = "related")
})
@Schema(
        name = "Block",
        oneOf = {Paragraph.class, Heading.class, Quote.class, ListBlock.class, Image.class, Embed.class, Related.class},
        discriminatorProperty = "type",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "paragraph", schema = Paragraph.class),
            @DiscriminatorMapping(value = "heading", schema = Heading.class),
            @DiscriminatorMapping(value = "quote", schema = Quote.class),
            @DiscriminatorMapping(value = "list", schema = ListBlock.class),
            @DiscriminatorMapping(value = "image", schema = Image.class),
            @DiscriminatorMapping(value = "embed", schema = Embed.class),
            @DiscriminatorMapping(value = "related", schema = Related.class)
        })
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock, Image, Embed, Related {

    /** The words a reader reads in this block, for the word count and reading time. */
    Stream<String> readableText();
}
