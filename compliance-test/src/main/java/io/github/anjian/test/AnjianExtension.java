package io.github.anjian.test;

import io.github.anjian.catalog.RulePack;
import io.github.anjian.engine.Anjian;
import io.github.anjian.engine.Engine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that injects {@link Engine}, {@link RulePack} and {@link Checker} parameters. The
 * engine is built once per rule pack and kept in the root extension store, so every test class of a run
 * that uses the same pack shares it (an engine is immutable and thread-safe). Configure it with
 * {@link AnjianTest}; used bare ({@code @ExtendWith(AnjianExtension.class)}) it loads the built-in pack
 * {@code io.github.anjian.rules.AnjianRules}.
 */
public final class AnjianExtension implements ParameterResolver {

    /** The rule pack class used when none is named. */
    public static final String DEFAULT_RULES = "io.github.anjian.rules.AnjianRules";

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AnjianExtension.class);

    /** Used by JUnit. */
    public AnjianExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> t = parameter.getParameter().getType();
        return t == Engine.class || t == RulePack.class || t == Checker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> t = parameter.getParameter().getType();
        Engine engine = engine(context);
        if (t == Engine.class) {
            return engine;
        }
        if (t == RulePack.class) {
            return engine.pack();
        }
        Checker checker = Checker.of(engine);
        String asOf = config(context).map(AnjianTest::asOf).orElse("");
        return asOf.isEmpty() ? checker : checker.asOf(LocalDate.parse(asOf));
    }

    /** The shared engine of the test class's rule pack. */
    static Engine engine(ExtensionContext context) {
        String rules = config(context).map(AnjianTest::rules).filter(c -> c != void.class).map(Class::getName)
                .orElse(DEFAULT_RULES);
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("engine:" + rules,
                k -> Anjian.engine(pack(rules, loader)), Engine.class);
    }

    private static Optional<AnjianTest> config(ExtensionContext context) {
        return context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, AnjianTest.class));
    }

    /** Calls {@code pack()} of the named class. */
    static RulePack pack(String className, ClassLoader loader) {
        try {
            Method m = Class.forName(className, true, loader).getMethod("pack");
            Object pack = m.invoke(null);
            if (!(pack instanceof RulePack p)) {
                throw new ExtensionConfigurationException(className + ".pack() does not return a RulePack");
            }
            return p;
        } catch (ClassNotFoundException e) {
            throw new ExtensionConfigurationException("No rule pack class " + className
                    + " on the test class path: add compliance-rules, or name yours with @AnjianTest(rules = ...)", e);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ExtensionConfigurationException(className + " has no public static pack() method", e);
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException(className + ".pack() failed: " + e.getCause(), e.getCause());
        }
    }
}
