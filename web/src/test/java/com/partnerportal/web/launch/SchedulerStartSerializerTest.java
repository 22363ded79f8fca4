package com.partnerportal.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The start lock brackets the creation of Quarkus's Quartz scheduler: taken by the first start-up observer, released
 * right after Quartz's own. Read from Quarkus's class, so an upgrade that moves Quartz's observer fails here.
 */
class SchedulerStartSerializerTest {

    @Test
    void theLockIsTakenBeforeQuartzStartsAndReleasedRightAfter() throws Exception {
        int quartz = startPriority(Class.forName("io.quarkus.quartz.runtime.QuartzSchedulerImpl"), "start");
        assertThat(quartz).isEqualTo(SchedulerStartSerializer.QUARTZ_START);
        int before = startPriority(SchedulerStartSerializer.class, "before");
        int after = startPriority(SchedulerStartSerializer.class, "after");
        assertThat(before).isLessThan(quartz);
        assertThat(after).isGreaterThan(quartz);
        assertThat(before).isEqualTo(Integer.MIN_VALUE);
    }

    private static int startPriority(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getDeclaredMethod(name, StartupEvent.class);
        return Arrays.stream(method.getParameterAnnotations()[0]).filter(Priority.class::isInstance)
                .map(a -> ((Priority) a).value()).findFirst()
                .orElseThrow(() -> new AssertionError(type.getName() + "." + name + " has no @Priority"));
    }
}
