package uk.socialvalue.local;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A service instance that the launcher keeps running: when its process dies (a crash, an out-of-memory kill,
 * {@code kill -9}) it says so and starts it again, as a process supervisor or an orchestrator would, and says
 * when it is UP again. One that keeps dying within a minute of starting is given up on after a few tries,
 * with a line saying where its log is. Closing it stops it for good.
 */
final class SupervisedService implements AutoCloseable {

    /** A process that lived less than this before dying counts as a quick death. */
    private static final Duration QUICK_DEATH = Duration.ofMinutes(1);
    private static final int QUICK_DEATHS_BEFORE_GIVING_UP = 5;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration HEALTHY_AGAIN_WITHIN = Duration.ofMinutes(3);

    private final ServiceProcess.Definition definition;
    private final Settings settings;
    private final RunFolder run;
    private final Consumer<String> say;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Object lock = new Object();
    private ServiceProcess current;
    private Instant startedAt;
    private int quickDeaths;
    private int restarts;
    private boolean stopped;

    private SupervisedService(ServiceProcess.Definition definition, Settings settings, RunFolder run,
            Consumer<String> say) {
        this.definition = definition;
        this.settings = settings;
        this.run = run;
        this.say = say;
    }

    /** Starts the process; {@link #supervise()} then keeps it running. */
    static SupervisedService start(ServiceProcess.Definition definition, Settings settings, RunFolder run,
            Consumer<String> say) {
        SupervisedService service = new SupervisedService(definition, settings, run, say);
        synchronized (service.lock) {
            service.launch();
        }
        return service;
    }

    ServiceProcess.Definition definition() {
        return definition;
    }

    ServiceProcess process() {
        synchronized (lock) {
            return current;
        }
    }

    /** How many times it was started again after dying. */
    int restarts() {
        synchronized (lock) {
            return restarts;
        }
    }

    void awaitHealthy(Instant deadline) {
        process().awaitHealthy(http, deadline);
    }

    /**
     * From now on, a death of the process is answered by starting it again, on a thread of its own: a restart
     * waits minutes for health, which must hold up neither the common pool nor another service's restart.
     */
    void supervise() {
        ServiceProcess watched = process();
        watched.process().process().onExit().thenAcceptAsync(exited -> restartAfter(watched, exited.exitValue()),
                restart -> {
                    Thread thread = new Thread(restart, "restart-" + definition.name());
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** Kills the process outright ({@code kill -9}), as a crash would; the supervisor starts it again. */
    void kill() {
        process().process().kill();
    }

    private void restartAfter(ServiceProcess died, int exitCode) {
        Duration pause;
        synchronized (lock) {
            if (stopped || died != current) {
                return;
            }
            boolean quick = Duration.between(startedAt, Instant.now()).compareTo(QUICK_DEATH) < 0;
            quickDeaths = quick ? quickDeaths + 1 : 0;
            if (quickDeaths >= QUICK_DEATHS_BEFORE_GIVING_UP) {
                say.accept("[" + definition.name() + "] exited with code " + exitCode + " again, " + quickDeaths
                        + " times within a minute of starting: not restarting it; see " + died.process().logFile());
                return;
            }
            pause = FIRST_PAUSE.multipliedBy(1L << Math.max(0, quickDeaths - 1));
            say.accept("[" + definition.name() + "] exited unexpectedly with code " + exitCode + "; restarting it in "
                    + pause.toSeconds() + " s (see " + died.process().logFile() + ")");
        }
        Polling.pause(pause);
        Instant restartedAt = Instant.now();
        synchronized (lock) {
            if (stopped) {
                return;
            }
            launch();
            restarts++;
        }
        supervise();
        try {
            awaitHealthy(restartedAt.plus(HEALTHY_AGAIN_WITHIN));
            say.accept("[" + definition.name() + "] UP again at " + definition.url() + " after "
                    + Duration.between(restartedAt, Instant.now()).toSeconds() + " s");
        } catch (RuntimeException e) {
            say.accept("[" + definition.name() + "] did not come back: " + e.getMessage());
        }
    }

    /** Under the lock. */
    private void launch() {
        current = ServiceProcess.start(definition, settings);
        startedAt = Instant.now();
        run.record(current.process());
    }

    @Override
    public void close() {
        ServiceProcess last;
        synchronized (lock) {
            stopped = true;
            last = current;
        }
        if (last != null) {
            last.close();
        }
    }
}
