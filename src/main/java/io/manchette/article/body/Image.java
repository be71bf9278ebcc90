package io.manchette.article.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.manchette.media.MediaDelivery;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A picture with its text alternative, caption and credit: either a photo of the media library
 * ({@code media}, delivered with its renditions as a {@code Photo}, its text unless the block
 * writes its own) or an image elsewhere ({@code src}, with its {@code alt}).
 */
@Schema(name = "Image")
@Image.Source
public record Image(
        @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(
                nullable = true,
                description = "An image elsewhere; not with media",
                examples = "https://images.example.org/astana-aeroport.jpg")
        String src,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "A photo of the media library, by id; not with src", examples = "12")
        Long media,

        @Size(max = 500)
        @PlainText
        @Schema(
                nullable = true,
                description = "Required with src; with media, the photo's own alt when absent",
                examples = "Des soldats devant le terminal")
        String alt,

        @Size(max = 1000) @PlainText @Schema(nullable = true)
        String caption,

        @Size(max = 300) @PlainText @Schema(nullable = true, examples = "Photo : Agence Exemple")
        String credit,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        @Schema(
                readOnly = true,
                nullable = true,
                description = "Delivered only, with media: the photo with its renditions (left out with the"
                        + " whole block once its rights have passed)")
        MediaDelivery photo)
        implements Block {

    /**
     * An image names either a photo of the library ({@code media}) or an address with its
     * {@code alt}; each broken rule is a violation on the field to fix.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Source.Validator.class)
    public @interface Source {

        String message() default "names media or src";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Source, Image> {

            @Override
            public boolean isValid(Image image, ConstraintValidatorContext context) {
                if (image == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (image.media() != null) {
                    if (image.src() != null) {
                        valid = violation(context, "src", "must be absent with media: give one or the other");
                    }
                    return valid;
                }
                if (image.src() == null || image.src().isBlank()) {
                    valid = violation(context, "src", "must not be blank (or give media, a photo's id)");
                }
                if (image.alt() == null || image.alt().isBlank()) {
                    valid = violation(context, "alt", "must not be blank");
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message)
                        .addPropertyNode(field)
                        .addConstraintViolation();
                return false;
            }
        }
    }

    /** An image of the library as stored: its id and the text the article writes around it. */
    public static Image ofMedia(long media, String alt, String caption, String credit) {
        return new Image(null, media, alt, caption, credit, null);
    }

    /** As readers get it: the text resolved (the block's, else the photo's) and the photo itself. */
    public Image delivered(MediaDelivery shown) {
        var text = shown.describedAs(alt, caption, credit);
        return new Image(null, media, text.alt(), text.caption(), text.credit(), shown);
    }

    @Override
    public Stream<String> readableText() {
        return Stream.empty();
    }
}
