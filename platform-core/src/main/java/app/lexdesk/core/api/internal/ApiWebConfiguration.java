package app.lexdesk.core.api.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The API's edges: every error is a problem body (from Tomcat's parser to an exception escaping every
 * handler), unknown paths under {@code /api} end in the API, JSON bodies are bounded and read strictly.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Outermost on {@code /api/*}, before Spring Security, so its errors are problems too. */
    @Bean
    @ConditionalOnProperty(name = "lexdesk.api.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter() {
        FilterRegistrationBean<ApiErrorFilter> registration = new FilterRegistrationBean<>(new ApiErrorFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Where the container sends errors it raised itself ({@code server.error.path}, {@code /error}). */
    @Bean
    @ConditionalOnProperty(name = "lexdesk.api.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ApiErrorDispatch> apiErrorDispatch(
            @Value("${server.error.path:/error}") String errorPath) {
        FilterRegistrationBean<ApiErrorDispatch> registration = new FilterRegistrationBean<>(new ApiErrorDispatch());
        registration.addUrlPatterns(errorPath);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(name = "lexdesk.api.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<JsonBodyLimit> jsonBodyLimit(@Value("${lexdesk.api.max-body-size}") DataSize max) {
        FilterRegistrationBean<JsonBodyLimit> registration = new FilterRegistrationBean<>(
                new JsonBodyLimit(max.toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(name = "lexdesk.api.enabled", havingValue = "true", matchIfMissing = true)
    ApiNotFoundMapping apiNotFoundMapping() {
        return new ApiNotFoundMapping();
    }

    /**
     * Replaces Tomcat's HTML error report (Spring Boot adds one without stack traces) with a problem body, for
     * the errors Tomcat answers itself before any filter runs.
     */
    @Bean
    ProblemErrorReports problemErrorReports() {
        return new ProblemErrorReports();
    }

    /**
     * Bodies are read as declared: a number where text is expected, or text where a number is, is an error
     * naming the field rather than a silent conversion, a key given twice is an error rather than the last one
     * winning; nesting and number lengths are bounded (string lengths too, loosely:
     * {@code lexdesk.api.max-body-size} is the bound that answers 413).
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictApiBodies() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64).maxNumberLength(100).maxStringLength(20_000_000).build());
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean}) {
                        mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    }
                });
    }

    /** Swaps the host's error report valve for {@link ProblemErrorReportValve}. */
    static final class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // Tomcat answers TRACE itself with an empty 400; let it through to be refused with a problem by the
            // API's error filter and, on every other path, by Spring Security's firewall. Nothing echoes it.
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        // Spring Boot's own Tomcat customizer (order 0) adds its error report valve first; this one replaces it.
        @Override
        public int getOrder() {
            return 100;
        }
    }
}
