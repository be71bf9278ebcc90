package io.manchette.article.body;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text is plain text: raw HTML never passes through. The only markup is a small inline one that
 * front ends render as they like: {@code *emphasis*}, {@code **strong**} and {@code [text](https://…)}
 * links, whose targets must be http(s) so no script URL can slip in.
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must be plain text: no HTML tags, and links only to http(s) addresses";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Rejects HTML tags, comments and entities-as-markup, and links to anything but http(s). */
    class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern HTML_TAG = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z]");
        private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(\\s*(?!https?://)");

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null
                    || !(HTML_TAG.matcher(text).find()
                            || LINK_TARGET.matcher(text).find());
        }
    }
}
