package org.alliancesim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class or method that takes seconds rather than milliseconds (separate JVMs, kills,
 * clusters, thousands of mutants). The everyday {@code mvn test} leaves these out; {@code mvn verify}
 * runs them in its integration-test phase (the {@code slow-tests} execution in {@code pom.xml}).
 * Run one alone with {@code mvn test -Dtest=NAME -Dtests.excluded=none}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
    /** The JUnit 5 tag, named in {@code pom.xml}'s surefire executions. */
    String TAG = "slow";
}
