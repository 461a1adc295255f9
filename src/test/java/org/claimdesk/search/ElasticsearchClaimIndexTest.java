package org.claimdesk.search;

import org.claimdesk.support.EmbeddedPostgresDatabase;
import org.claimdesk.support.IntegrationTest;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index follows the claims on an Elasticsearch or OpenSearch cluster, coordinated through the
 * outbox on PostgreSQL, as several nodes run. Needs a cluster: {@code
 * CLAIMDESK_TEST_ELASTICSEARCH=http://localhost:9200}; skipped, and said so, without one. Its
 * indexes ("claim", "document") are dropped and created for the run: use a cluster for tests.
 */
@IntegrationTest
@EnabledIfEnvironmentVariable(
    named = ElasticsearchClaimIndexTest.CLUSTER,
    matches = ".+",
    disabledReason =
        "no Elasticsearch/OpenSearch cluster given: set CLAIMDESK_TEST_ELASTICSEARCH=http://host:9200"
            + " to run the index contract on one")
class ElasticsearchClaimIndexTest extends ClaimIndexContract {

  static final String CLUSTER = "CLAIMDESK_TEST_ELASTICSEARCH";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    EmbeddedPostgresDatabase.register(registry);
    registry.add("claimdesk.search.backend", () -> "elasticsearch");
    registry.add("claimdesk.search.elasticsearch.uris", () -> System.getenv(CLUSTER));
    registry.add(
        "spring.jpa.properties.hibernate.search.schema_management.strategy",
        () -> "drop-and-create-and-drop");
  }
}
