package io.manchette.account;

import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.security.Roles;
import io.manchette.security.User;
import io.manchette.security.UserRepository;
import io.manchette.support.Concurrently;
import io.manchette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Administrators demoting each other at the same instant can never leave none. */
@QuarkusTest
class LastAdministratorRaceTest {

    static final int ROUNDS = 5;

    @Inject
    TestData data;

    @Inject
    UserRepository users;

    @Test
    void concurrentDemotionsAlwaysLeaveOneAdministrator() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            // Every administrator but these three steps down first, so that the race is for the last one.
            String first = data.user(Roles.ADMIN);
            String second = data.user(Roles.ADMIN);
            String third = data.user(Roles.ADMIN);
            List<User> others = QuarkusTransaction.requiringNew()
                    .call(() -> users.listAll().stream()
                            .filter(User::isAdmin)
                            .filter(u -> !List.of(first, second, third).contains(u.getUsername()))
                            .toList());
            for (User other : others) {
                demote(first, other.getId(), other.getVersion(), 200);
            }
            List<User> racers = QuarkusTransaction.requiringNew()
                    .call(() -> List.of(first, second, third).stream()
                            .map(name -> users.findByUsername(name).orElseThrow())
                            .toList());

            List<Integer> statuses = Concurrently.run(
                    3,
                    i -> io.restassured.RestAssured.given()
                            .auth()
                            .preemptive()
                            .basic(racers.get(i).getUsername(), TestData.PASSWORD)
                            .contentType("application/json")
                            .header("If-Match", etag(racers.get((i + 1) % 3).getVersion()))
                            .body(Map.of("roles", List.of(Roles.EDITOR)))
                            .put(
                                    "/api/admin/users/{id}",
                                    racers.get((i + 1) % 3).getId())
                            .statusCode());

            long admins = QuarkusTransaction.requiringNew().call(() -> users.countAdmins());
            assertEquals(1, admins, "statuses " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 403), "statuses " + statuses);
            restoreTheTestAdministrator(others);
        }
    }

    private void demote(String as, long id, long version, int expected) {
        io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(as, TestData.PASSWORD)
                .contentType("application/json")
                .header("If-Match", etag(version))
                .body(Map.of("roles", List.of(Roles.EDITOR)))
                .put("/api/admin/users/{id}", id)
                .then()
                .statusCode(expected);
    }

    /** The suite's own administrator gets its role back from whoever is left. */
    private void restoreTheTestAdministrator(List<User> demoted) {
        User survivor = QuarkusTransaction.requiringNew()
                .call(() -> users.listAll().stream()
                        .filter(User::isAdmin)
                        .findFirst()
                        .orElseThrow());
        for (User user : demoted) {
            long version = QuarkusTransaction.requiringNew()
                    .call(() -> users.findById(user.getId()).getVersion());
            io.restassured.RestAssured.given()
                    .auth()
                    .preemptive()
                    .basic(
                            survivor.getUsername(),
                            survivor.getUsername().equals(TestData.ADMIN) ? TestData.ADMIN_PASSWORD : TestData.PASSWORD)
                    .contentType("application/json")
                    .header("If-Match", etag(version))
                    .body(Map.of("roles", List.of(Roles.ADMIN)))
                    .put("/api/admin/users/{id}", user.getId())
                    .then()
                    .statusCode(200);
        }
        asAdmin().get("/api/admin/me").then().statusCode(200);
    }
}
