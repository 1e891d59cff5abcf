package io.gridcharge.ocpp.conformance;

import io.gridcharge.ocpp.ActionDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Finds the sample of an action's request or response by the naming every sample class follows: a public
 * static, argument-less {@code bootNotificationRequest()} / {@code bootNotificationResponse()} returning the
 * action's record. A new action needs its two samples in one of the version's sample classes, nothing else.
 */
public final class MessageSamples {
    private final List<Class<?>> sampleClasses;

    public MessageSamples(Class<?>... sampleClasses) {
        this.sampleClasses = List.of(sampleClasses);
    }

    public Optional<Object> request(ActionDefinition action) {
        return find(action, "Request", action.requestType());
    }

    public Optional<Object> response(ActionDefinition action) {
        return find(action, "Response", action.responseType());
    }

    public String requestMethodName(ActionDefinition action) {
        return methodName(action, "Request");
    }

    /** Where a missing sample belongs, for the failure message. */
    public String sampleClassNames() {
        return String.join(" or ", sampleClasses.stream().map(Class::getSimpleName).toList());
    }

    private Optional<Object> find(ActionDefinition action, String suffix, Class<?> type) {
        String name = methodName(action, suffix);
        for (Class<?> samples : sampleClasses) {
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
            // The sample classes are package-private in their version's test package.
            method.setAccessible(true);
            return method.invoke(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError("The sample " + method.getName() + "() does not build", e.getCause());
        }
    }
}
