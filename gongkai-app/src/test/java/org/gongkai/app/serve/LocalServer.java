package org.gongkai.app.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gongkai.app.store.Database;

/** What the server tests share: asking a running portal for a page, and stopping it with its database. */
final class LocalServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalServer() {
    }

    /** GET {@code path} from the portal on this machine, the body as text. */
    static HttpResponse<String> get(PortalServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stops the server, then its database; either may not have started. */
    static void stop(PortalServer server, Database db) {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
