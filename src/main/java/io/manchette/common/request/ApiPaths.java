package io.manchette.common.request;

/**
 * The API's areas, by path: management under {@code /api/admin} (signed in, never cached),
 * operations under {@code /q} (health, metrics, the OpenAPI document), and public reads. Which
 * public path takes which parameters is {@code delivery.PublicEndpoints}'s; every filter that
 * treats an area apart asks here.
 */
public final class ApiPaths {

    public static final String MANAGEMENT = "/api/admin";
    public static final String OPERATIONS = "/q";

    private ApiPaths() {}

    public static boolean isManagement(String path) {
        return isUnder(path, MANAGEMENT);
    }

    public static boolean isOperations(String path) {
        return isUnder(path, OPERATIONS);
    }

    private static boolean isUnder(String path, String root) {
        return path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/');
    }
}
