package io.gridcharge.ocpp.v16;

import io.gridcharge.ocpp.ActionDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Finds the sample of an action's request or response by the naming every sample class follows: a public
 * static, argument-less {@code bootNotificationRequest()} / {@code bootNotificationResponse()} in
 * {@link CoreSamples}, {@link ProfileSamples} or {@link SecuritySamples}. A new action needs its two samples there, nothing else.
 */
final class Samples {
    private static final List<Class<?>> SAMPLE_CLASSES = List.of(CoreSamples.class, ProfileSamples.class, SecuritySamples.class);

    private Samples() {
    }

    static Optional<Object> request(ActionDefinition action) {
        return find(action, "Request", action.requestType());
    }

    static Optional<Object> response(ActionDefinition action) {
        return find(action, "Response", action.responseType());
    }

    static String requestMethodName(ActionDefinition action) {
        return methodName(action, "Request");
    }

    private static Optional<Object> find(ActionDefinition action, String suffix, Class<?> type) {
        String name = methodName(action, suffix);
        for (Class<?> samples : SAMPLE_CLASSES) {
            for (Method method : samples.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 0
                        && Modifier.isStatic(method.getModifiers()) && type.equals(method.getReturnType())) {
                    return Optional.of(invoke(method));
                }
            }
        }
        return Optional.empty();
    }

    private static String methodName(ActionDefinition action, String suffix) {
        return Character.toLowerCase(action.name().charAt(0)) + action.name().substring(1) + suffix;
    }

    private static Object invoke(Method method) {
        try {
            return method.invoke(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError("The sample " + method.getName() + "() does not build", e.getCause());
        }
    }
}
