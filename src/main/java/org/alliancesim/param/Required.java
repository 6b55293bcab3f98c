package org.alliancesim.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field a scenario file must give; the value says what it holds, for the message that names a
 * missing one ({@code missing required field 'km' (the distance in kilometres)}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
    String value();
}
