package io.cloudstore.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * The store's meter registry, in Prometheus form, with the JVM and process meters bound (memory, garbage
 * collection, threads, class loading, CPU, uptime, open files). Every meter carries the tag
 * {@code application=cloud-store}. Close it when the store stops.
 */
public final class PrometheusMetrics implements AutoCloseable {
  /** The media type of {@link #scrape()}: Prometheus' text exposition format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gcMetrics;

  private PrometheusMetrics(PrometheusMeterRegistry registry, JvmGcMetrics gcMetrics) {
    this.registry = registry;
    this.gcMetrics = gcMetrics;
  }

  public static PrometheusMetrics create() {
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", "cloud-store");
    var gcMetrics = new JvmGcMetrics();
    List<MeterBinder> binders = List.of(
        new JvmMemoryMetrics(), gcMetrics, new JvmThreadMetrics(), new ClassLoaderMetrics(), new JvmInfoMetrics(),
        new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics());
    binders.forEach(binder -> binder.bindTo(registry));
    return new PrometheusMetrics(registry, gcMetrics);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Every meter in Prometheus' text format ({@link #CONTENT_TYPE}). */
  public String scrape() {
    return registry.scrape();
  }

  /** Stops listening to garbage collections and closes the registry. */
  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
