package org.gongkai.app.serve;

import java.util.Map;

import org.gongkai.app.store.Database;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running portal and API on one port, over an open {@link Database}. Starting it is the only
 * place gongkai starts Spring.
 * Example: {@code try (PortalServer s = PortalServer.start(db, 0, admin)) { s.port() }} serves
 * {@code http://localhost:<port>/} until closed; port 0 takes a free one.
 */
public final class PortalServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PortalServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the web server on {@code port} (0: any free port) over {@code database}, which stays
     * open when this closes; only {@code admin} may write (upload).
     */
    public static PortalServer start(Database database, int port, AdminAccount admin) {
        return start(database, port, admin, UploadLimit.DEFAULT);
    }

    /**
     * Starts the web server as {@link #start(Database, int, AdminAccount)} does, accepting files up
     * to {@code limit} in an upload; a larger one is answered 413 with what the limit is.
     */
    public static PortalServer start(Database database, int port, AdminAccount admin, UploadLimit limit) {
        SpringApplication app = new SpringApplication(ServerApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(true);
        app.setDefaultProperties(Map.ofEntries(
                Map.entry("server.port", Integer.toString(port)),
                Map.entry("spring.jmx.enabled", "false"),
                Map.entry("spring.main.lazy-initialization", "false"),
                Map.entry("server.servlet.encoding.charset", "UTF-8"),
                Map.entry("server.servlet.encoding.force", "true"),
                Map.entry("spring.mvc.problemdetails.enabled", "true"),
                Map.entry("springdoc.api-docs.path", "/api/docs"),
                Map.entry("springdoc.swagger-ui.path", "/api/docs/ui"),
                Map.entry("springdoc.paths-to-match", "/api/**"),
                Map.entry("spring.servlet.multipart.max-file-size", limit.bytes() + "B"),
                Map.entry("spring.servlet.multipart.max-request-size", limit.requestBytes() + "B"),
                // read (and drop) the rest of a refused upload up to the limit, so the client gets the 413 and its reason
                Map.entry("server.tomcat.max-swallow-size", limit.requestBytes() + "B")));
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("database", database);
            ctx.getBeanFactory().registerSingleton("adminAccount", admin);
            ctx.getBeanFactory().registerSingleton("uploadLimit", limit);
        });
        return new PortalServer(app.run());
    }

    /** The port it listens on. */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
