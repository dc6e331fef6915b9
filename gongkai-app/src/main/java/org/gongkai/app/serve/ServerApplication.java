package org.gongkai.app.serve;

import javax.sql.DataSource;

import org.gongkai.app.store.Database;
import org.gongkai.app.store.DisclosureStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application of {@code gongkai serve}: the API and the portal over the store. The
 * database is opened before Spring starts (see {@link PortalServer}) and given to it as a bean.
 */
@SpringBootApplication
class ServerApplication {

    /** The database's pool; closed by {@link Database#close()}, not by Spring. */
    @Bean(destroyMethod = "")
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    DisclosureStore disclosureStore(DataSource dataSource) {
        return new DisclosureStore(dataSource);
    }
}
