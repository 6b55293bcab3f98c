package org.alliancesim.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component written one level down in the file, under the key {@code value}: a state's
 * {@code lat} and {@code lon} are written {@code capital: {lat: .., lon: ..}}. When
 * {@link #required} is not empty the mapping itself must be given, and it says what it holds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Within {
    String value();

    String required() default "";
}
