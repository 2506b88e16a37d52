package piggyback.batch.metrics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a port to an outside provider whose calls {@link ProviderCallMetrics} times. An annotation rather than a
 * list, so that a port outside this module (the API's answer judge) is timed too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProviderPort {

    /** The port's name in the metrics' {@code port} tag. */
    String name();

    /** The method that calls the provider. */
    String method();
}
