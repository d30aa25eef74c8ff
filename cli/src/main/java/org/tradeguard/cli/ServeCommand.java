package org.tradeguard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tradeguard.controls.Controls;
import org.tradeguard.controls.ReferenceData;
import org.tradeguard.controls.registry.Registries;
import org.tradeguard.lists.BundledLists;
import org.tradeguard.lists.ListLoad;
import org.tradeguard.server.ListSet;
import org.tradeguard.server.TradeguardServer;
import org.tradeguard.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tradeguard serve}: migrates the database, starts the HTTP API at once (health answers,
 * {@code /readyz} says 503), loads the bundled lists, then serves screening and export assessments
 * (registries and decisions under {@code --data-dir}, as {@code tradeguard assess} keeps them) until stopped.
 */
@Command(name = "serve", description = "Run the screening service (HTTP API, native and yente-compatible).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--lists", paramLabel = "IDS", description = "Only these sources (comma-separated ids or families). Default: all bundled lists.")
    String lists;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = TradeFiles.DEFAULT_DIR,
            description = "Licence and EUC registries and recorded export decisions, as for assess (default: ./${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        var selection = Catalog.selection(lists, spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        Clock clock = Clock.systemUTC();
        Stores stores = db.open(clock);
        TradeguardServer server = TradeguardServer.start(TradeguardServer.Options.of(bind, port), stores,
                new Controls(ReferenceData.bundled()), Registries.under(dataDir), clock, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stores.database().close();
            stopped.countDown();
        }, "tradeguard-stop"));
        err.printf(Locale.ROOT, "tradeguard: listening on http://%s:%d (database %s); loading lists...%n", bind, server.port(),
                stores.database().description());
        err.flush();
        long t0 = System.nanoTime();
        try {
            List<ListLoad> loads = BundledLists.load(selection);
            ListSet set = ListSet.of(loads, BundledLists.load(selection.negate()));
            server.ready(set);
            err.printf(Locale.ROOT, "tradeguard: ready: %,d entities from %d lists in %,d ms (%s)%n", set.screener().entityCount(),
                    loads.size(), (System.nanoTime() - t0) / 1_000_000, set.version());
        } catch (org.tradeguard.lists.ListFormatException | java.io.UncheckedIOException e) {
            // bad list data or I/O: the service stays up for alerts and audit, /readyz says why
            server.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            err.println("tradeguard: lists could not be loaded; screening answers 503: " + e.getMessage());
        }
        err.flush();
        stopped.await();
        return Tradeguard.OK;
    }
}
