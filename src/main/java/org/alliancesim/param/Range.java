package org.alliancesim.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The closed range a numeric scenario parameter must lie in. The scenario loader reads it to
 * validate the file, and the GUI to size its sliders, so each bound is written once, beside the
 * parameter it bounds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Range {
    double min();

    double max();
}
