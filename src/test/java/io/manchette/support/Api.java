package io.manchette.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request starters for the three kinds of caller: anonymous, signed in as a role, administrator. */
public final class Api {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {}

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /**
     * An anonymous reader at an address of their own: the test profile trusts the local "proxy",
     * so X-Forwarded-For names the client, and each test has its own flood bucket.
     */
    public static RequestSpecification reader() {
        int n = READERS.incrementAndGet();
        return anonymous().header("X-Forwarded-For", "10.9." + (n >> 8 & 0xff) + "." + (n & 0xff));
    }

    /** Each reader's address is the next one: two tests never share a flood bucket by chance. */
    private static final java.util.concurrent.atomic.AtomicInteger READERS =
            new java.util.concurrent.atomic.AtomicInteger();

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, TestData.PASSWORD).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return given().auth()
                .preemptive()
                .basic(TestData.ADMIN, TestData.ADMIN_PASSWORD)
                .contentType(ContentType.JSON);
    }

    /** The ETag value as If-Match expects it back. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads {@code path} until the answer comes from the cache, once the change listener has heard
     * every commit so far: a late notification of the fixture's own commit cannot undo the warm-up.
     */
    public static void warmCache(String path) {
        ChangesHeard.await();
        Eventually.until(
                path + " is served from the cache",
                () -> "Manchette; hit"
                        .equals(given().get(path)
                                .then()
                                .statusCode(200)
                                .extract()
                                .header("Cache-Status")));
    }
}
