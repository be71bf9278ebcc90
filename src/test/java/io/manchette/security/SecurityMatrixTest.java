package io.manchette.security;

import static io.restassured.RestAssured.given;

import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may read the management lists: anonymous 401, no role 403, editors content, admins everything. */
@QuarkusTest
class SecurityMatrixTest {

    @Inject
    TestData data;

    @ParameterizedTest(name = "GET {0}: anonymous {1}, no role {2}, editor {3}, admin {4}")
    @CsvSource({
        "/api/admin/articles, 401, 403, 200, 200",
        "/api/admin/sections, 401, 403, 200, 200",
        "/api/admin/tags,     401, 403, 200, 200",
        "/api/admin/authors,  401, 403, 200, 200",
        "/api/admin/users,    401, 403, 403, 200",
        "/api/admin/me,       401, 200, 200, 200",
        "/api/admin/audit,    401, 403, 403, 200",
        "/api/admin/tokens,   401, 403, 403, 200",
        "/api/admin/webhooks, 401, 403, 403, 200",
        "/api/admin/schedule, 401, 403, 200, 200",
        "/api/admin/comments, 401, 403, 200, 200",
        "/api/articles,       200, 200, 200, 200",
        "/api/sections,       200, 200, 200, 200"
    })
    void readsFollowTheRoles(String path, int anonymous, int noRole, int editor, int admin) {
        given().get(path).then().statusCode(anonymous);
        signedIn(data.user()).get(path).then().statusCode(noRole);
        signedIn(data.user(Roles.EDITOR)).get(path).then().statusCode(editor);
        given().auth()
                .preemptive()
                .basic(TestData.ADMIN, TestData.ADMIN_PASSWORD)
                .get(path)
                .then()
                .statusCode(admin);
    }

    private static RequestSpecification signedIn(String username) {
        return given().auth().preemptive().basic(username, TestData.PASSWORD);
    }
}
