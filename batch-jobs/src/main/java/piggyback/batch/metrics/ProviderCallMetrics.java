package piggyback.batch.metrics;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;

/**
 * Times every call to an outside provider (question generator, companion writer, speech,
 * transcription, answer judge), online or offline, by wrapping the beans of the {@link ProviderPort}s: the timer
 * {@code piggyback.provider.calls} (tags {@code port}, {@code provider}, {@code outcome} =
 * success / failed / error, {@code reason}) and the counter {@code piggyback.provider.errors}.
 * A question generator's failed segment (refusal, invalid JSON, time budget) is a failed call
 * with its reason code; an exception is an error named by its class. The ports stay untouched.
 */
@Component
class ProviderCallMetrics implements BeanPostProcessor {

    static final String CALLS = "piggyback.provider.calls";
    static final String ERRORS = "piggyback.provider.errors";

    /** The timed method of a port, and the port's name in the tags. */
    private record Port(Class<?> type, String method, String name) {
    }

    // looked up when a call is timed: a post-processor must not pull beans in early
    private final ObjectProvider<MeterRegistry> registry;
    private final ObjectProvider<AiProvider> provider;

    ProviderCallMetrics(ObjectProvider<MeterRegistry> registry, ObjectProvider<AiProvider> provider) {
        this.registry = registry;
        this.provider = provider;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        for (Class<?> type : ClassUtils.getAllInterfacesForClassAsSet(bean.getClass())) {
            ProviderPort marked = type.getAnnotation(ProviderPort.class);
            if (marked != null) {
                Port port = new Port(type, marked.method(), marked.name());
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Timed(bean, port));
            }
        }
        return bean;
    }

    private final class Timed implements InvocationHandler {

        private final Object target;
        private final Port port;

        Timed(Object target, Port port) {
            this.target = target;
            this.port = port;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            MeterRegistry meters = registry.getIfAvailable();
            if (meters == null || !method.getName().equals(port.method())) {
                return call(method, arguments);
            }
            long started = System.nanoTime();
            String outcome = "success";
            String reason = "none";
            try {
                Object result = call(method, arguments);
                if (result instanceof ReportedFailure failure) {
                    outcome = "failed";
                    reason = failure.reason();
                }
                return result;
            } catch (Throwable problem) {
                outcome = "error";
                reason = problem.getClass().getSimpleName();
                throw problem;
            } finally {
                String providerName = providerOf(port);
                Timer.builder(CALLS).description("Calls to the AI and speech providers")
                        .tags("port", port.name(), "provider", providerName, "outcome", outcome, "reason", reason)
                        .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                if (!outcome.equals("success")) {
                    meters.counter(ERRORS, "port", port.name(), "provider", providerName, "reason", reason).increment();
                }
            }
        }

        /** The provider the port's task runs on; a port that is no task of {@link AiProvider} is unknown. */
        private String providerOf(Port port) {
            AiProvider ai = provider.getIfAvailable();
            return ai == null ? "unknown" : AiTask.fromKey(port.name()).map(ai::name).orElse("unknown");
        }

        private Object call(Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
