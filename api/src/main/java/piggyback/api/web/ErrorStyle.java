package piggyback.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error envelope a route answers with (docs/decisions/0001-error-envelopes.md): the reference mixes
 * three styles and clients depend on each route's own. A method's annotation wins over its controller's.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ErrorStyle {

    Style value();

    enum Style {
        /** {@code {"detail": "..."}} — admin CRUD and refusals of HTML pages. */
        DETAIL,
        /** {@code {"success": false, "message": "..."}} — most expert and learner routes. */
        MESSAGE,
        /** {@code {"success": false, "error": "..."}} — final-questions, transcribe, child login. */
        ERROR
    }
}
