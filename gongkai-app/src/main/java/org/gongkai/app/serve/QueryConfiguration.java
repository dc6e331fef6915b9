package org.gongkai.app.serve;

import javax.sql.DataSource;

import org.gongkai.app.store.PortalQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's queries for the comparison, catalogue and rule pages ({@link PortalQueries}), as a bean
 * over the application's data source. Example: {@code RulesController(PortalQueries queries)} gets it.
 */
@Configuration
class QueryConfiguration {

    @Bean
    PortalQueries portalQueries(DataSource dataSource) {
        return new PortalQueries(dataSource);
    }
}
