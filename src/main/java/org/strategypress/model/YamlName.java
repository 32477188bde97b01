package org.strategypress.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How writers spell a record component in YAML when it is not the component's snake_case form
 * ({@code shortName} is written {@code short}). {@code in} names the mapping the field sits in, for a record that
 * flattens a nested mapping (an assessment's {@code enabling_environment}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface YamlName {
    /** The field's name in YAML; empty: the component's snake_case form. */
    String value() default "";

    /** The mapping that holds the field, or empty when it is the entity's own. */
    String in() default "";
}
