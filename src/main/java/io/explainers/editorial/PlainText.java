package io.explainers.editorial;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text is plain text: the content model has no markup, so anything that looks like a tag, a comment or a processing
 * instruction is a mistake or an attack and is refused with the field named, rather than stored and escaped. Control
 * characters (C0 and C1) other than tab and line breaks are refused too (PostgreSQL cannot store NUL, and none belongs
 * in prose), and the noncharacters of the Basic Multilingual Plane (U+FFFE and U+FFFF are not allowed in XML, the feed),
 * and so is half a surrogate pair, which JSON can spell as an escape but UTF-8 cannot hold (it became "?").
 * The pages escape every field anyway; this keeps what editors see in the API equal to what readers see.
 * <p>
 * Only the fields whose line breaks mean something (the intro's paragraphs, an editor's note) may hold them: in a
 * title, a heading or a FAQ answer a browser shows a line break as a space, while the feed, the share card and an
 * editor's diff keep it. U+2028 and U+2029 are refused everywhere, as in imported articles: they break lines where
 * nobody can see it.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "must be plain text: markup such as <b> or <script>, control characters, noncharacters "
            + "and half surrogate pairs are not allowed";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the text may hold line breaks (CR and LF); without them it is one line. */
    boolean lines() default false;

    class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029]");
        private static final Pattern INVISIBLE_LINE_BREAK = Pattern.compile("[\\u2028\\u2029]");

        private boolean lines;

        @Override
        public void initialize(PlainText annotation) {
            lines = annotation.lines();
        }

        // \p{Cs} matches only half a surrogate pair: Pattern reads a whole pair as one code point, of another category.
        // U+FFFE and U+FFFF cannot appear in XML at all: one in a title made the whole Atom feed ill-formed.
        static final Pattern MARKUP = Pattern.compile(
                "<[\\p{L}/!?]|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!value.isEmpty() && value.codePoints().noneMatch(Validator::isVisible)) {
                // @NotBlank trims only ASCII spaces: a title of one no-break space was published as an empty heading.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must have visible text, not only spaces or invisible "
                        + "characters such as U+00A0 or U+200B").addConstraintViolation();
                return false;
            }
            if ((lines ? INVISIBLE_LINE_BREAK : LINE_BREAK).matcher(value).find()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(lines
                        ? "must not hold U+2028 or U+2029: they break lines invisibly; use a line break"
                        : "must be one line: line breaks (CR, LF, U+2028, U+2029) are not allowed here")
                        .addConstraintViolation();
                return false;
            }
            return !MARKUP.matcher(value).find();
        }

        private static boolean isVisible(int c) {
            return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
        }
    }
}
