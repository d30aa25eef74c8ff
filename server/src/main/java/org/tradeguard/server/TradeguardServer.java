package org.tradeguard.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tradeguard.controls.Controls;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.store.AlertStatus;
import org.tradeguard.store.Stores;

/**
 * The screening service over HTTP: the JDK's {@code com.sun.net.httpserver} on virtual threads,
 * one {@link Dispatcher} over the route table of {@link Routes}. Starts serving health endpoints
 * at once; screening answers 503 until {@link #ready} hands it the lists.
 */
public final class TradeguardServer implements AutoCloseable {

    /**
     * @param bind     address to listen on, e.g. {@code 127.0.0.1}
     * @param port     port, 0 for any free one
     * @param maxBody  largest request body accepted, in bytes
     */
    public record Options(String bind, int port, int maxBody) {
        /**
         * 4 MiB: a full batch of 1,000 parties with long names and identifiers is about 1 MiB;
         * more is not a request we want to buffer.
         */
        public static final int DEFAULT_MAX_BODY = 4 * 1024 * 1024;

        public Options {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            if (maxBody < 1024) {
                throw new IllegalArgumentException("maxBody must be at least 1024 bytes, got " + maxBody);
            }
        }

        public static Options of(String bind, int port) {
            return new Options(bind, port, DEFAULT_MAX_BODY);
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final Readiness readiness;

    private TradeguardServer(HttpServer http, ExecutorService executor, Readiness readiness) {
        this.http = http;
        this.executor = executor;
        this.readiness = readiness;
    }

    /**
     * Binds and starts serving; the database must be migrated. Export assessments decide with
     * {@code controls} and read and write {@code registries}. {@code log} receives internal errors.
     */
    public static TradeguardServer start(Options options, Stores stores, Controls controls, Registries registries, Clock clock,
                                         PrintStream log) throws IOException {
        Metrics metrics = new Metrics();
        Readiness readiness = new Readiness();
        ScreeningService screening = new ScreeningService(stores, clock, metrics);
        AlertService alerts = new AlertService(stores, clock, metrics);
        AssessmentService assessments = new AssessmentService(stores, controls, registries, metrics);
        NativeApi api = new NativeApi(stores, clock, readiness, screening, alerts, assessments);
        YenteApi yente = new YenteApi(clock, readiness, screening);
        metrics.gauge("tradeguard_lists_ready", () -> readiness.peek() == null ? 0 : 1);
        metrics.gauge("tradeguard_list_entities", () -> readiness.peek() == null ? 0 : readiness.peek().screener().entityCount());
        metrics.gauge("tradeguard_alerts_open", () -> stores.database().read(tx -> stores.alerts().countByStatus(tx, AlertStatus.OPEN)));
        HttpServer http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 256);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        http.setExecutor(executor);
        http.createContext("/", new Dispatcher(Routes.all(api, yente, readiness, metrics), stores, metrics, options.maxBody(), log));
        http.start();
        return new TradeguardServer(http, executor, readiness);
    }

    /** Puts lists in service: from now on screening is served and {@code /readyz} answers 200. */
    public void ready(ListSet lists) {
        readiness.ready(lists);
    }

    /** The lists could not be loaded: {@code /readyz} says why. */
    public void failed(String why) {
        readiness.failed(why);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
