package org.gongkai.app.serve;

import javax.sql.DataSource;

import org.gongkai.app.store.Database;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.gongkai.app.search.SearchIndex;
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

    /** The API's description at {@code /api/docs}. */
    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("gongkai 预算公开 API").version("0.1.0")
                .description("已入库的预算公开文件：列表和搜索、每份文件的开放数据（docs/open-data-format.md）、健康检查。"))
                // writing (upload) needs the administrator: HTTP Basic, see WriteGuard
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("basic",
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("basic")));
    }

    @Bean
    DisclosureStore disclosureStore(DataSource dataSource) {
        return new DisclosureStore(dataSource);
    }

    /**
     * The search index in {@code GONGKAI_HOME/index}, following the store: what is stored and not
     * indexed is added now (in the background when there is much), each import as it is stored.
     */
    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(Database database, DisclosureStore store) {
        SearchIndex index = SearchIndex.open(database.home().resolve("index"));
        index.follow(store);
        return index;
    }
}
