package com.careerplatform.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The running platform as a user meets it: the gateway, tokens from the real Keycloak (password grant for
 * demo users, client credentials for the HR system), and the local scripts that start and stop it.
 */
final class Platform {

    static final String GATEWAY = System.getProperty("career.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("career.keycloak", "http://127.0.0.1:8180");
    static final Path ROOT = Path.of(System.getProperty("career.root", ".."));

    private static final String TOKEN_URL = KEYCLOAK + "/realms/career/protocol/openid-connect/token";
    // Keycloak answers ~40 password grants a second here: fetch each token once and reuse it.
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // A hang is a failure: the gateway promises an answer within its upstream timeout.
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 30_000)
                .setParam("http.connection.timeout", 5_000));
    }

    private Platform() {
    }

    static String userToken(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "career-cli")
                .formParam("username", user)
                .formParam("password", user + "-pass")
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static String hrSystemToken() {
        return TOKENS.computeIfAbsent("hr-system", client -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "hr-system")
                .formParam("client_secret", "hr-system-secret")
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static RequestSpecification gateway() {
        return given().baseUri(GATEWAY).filter(DocumentedAnswers.FILTER);
    }

    static RequestSpecification as(String username) {
        return gateway().auth().oauth2(userToken(username));
    }

    /** Runs one of the deploy/local scripts, as a user would, and fails when it fails. */
    static void script(String name, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local").resolve(name).toString()));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    /** Runs a command in the project root and fails when it fails. */
    static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Where deploy/local keeps the PIDs of what it started. */
    static Path pidFile(String component) {
        return runDir().resolve("pids").resolve(component + ".pid");
    }

    /**
     * The logs of every instance deploy/local started of a service: its own, and one per extra instance
     * ({@code module-port.log}), among which the platform's clients balance calls.
     */
    static List<Path> instanceLogs(String service) throws IOException {
        try (var logs = Files.list(runDir().resolve("logs"))) {
            return logs.filter(log -> {
                String name = log.getFileName().toString();
                return name.equals(service + ".log") || name.matches(Pattern.quote(service) + "-\\d+\\.log");
            }).sorted().toList();
        }
    }

    private static Path runDir() {
        String runDir = System.getenv("CAREER_RUN_DIR");
        return runDir == null ? ROOT.resolve(".run") : Path.of(runDir);
    }
}
