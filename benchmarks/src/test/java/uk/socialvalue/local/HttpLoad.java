package uk.socialvalue.local;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The one Gatling simulation of the suite: {@code clients} virtual users, each sending the run's request
 * over its own kept-alive connection, waiting for the answer and sending the next (a closed loop), until the
 * run's time or count is used up. {@link Load} sets the run up and starts Gatling in this JVM; each answer's
 * status, response time and JSON {@code status} field go to the run, which is read once Gatling returns.
 */
public class HttpLoad extends Simulation {

    /** The run Gatling is about to start; Gatling instantiates the simulation itself, so it is handed over here. */
    static volatile Load.Run current;

    public HttpLoad() {
        Load.Run run = current;
        HttpProtocolBuilder protocol = http.baseUrl(run.baseUrl()).acceptHeader("application/json")
                .contentTypeHeader("application/json").disableCaching().disableWarmUp();
        if (run.request().token() != null) {
            protocol = protocol.authorizationHeader("Bearer " + run.request().token());
        }
        HttpRequestActionBuilder request = (run.request().body() == null
                ? http(run.name()).get(session -> run.request().path().apply(session.getLong("seq")))
                : http(run.name()).post(session -> run.request().path().apply(session.getLong("seq")))
                        .body(StringBody(session -> run.request().body().apply(session.getLong("seq")))))
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"),
                        jsonPath("$.status").optional().saveAs("outcome"));
        ChainBuilder one = exec(session -> session.set("seq", run.next()))
                .exec(request)
                .exec(session -> {
                    run.record(session.contains("status") ? session.getInt("status") : 0,
                            session.contains("rt") ? session.getInt("rt") : -1,
                            session.contains("outcome") ? session.getString("outcome") : null);
                    return session.removeAll("status", "rt", "outcome");
                });
        ScenarioBuilder users = scenario(run.name()).asLongAs(session -> run.more()).on(one);
        setUp(users.injectOpen(atOnceUsers(run.clients()))).protocols(protocol);
    }
}
