package news.gateway.config;

import static graphql.schema.FieldCoordinates.coordinates;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import news.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

@GatewayTest
class AccessorFetchersTest {

  @Autowired
  GraphQlSource graphQlSource;

  private DataFetcher<?> fetcherOf(String type, String field) {
    GraphQLSchema schema = graphQlSource.schema();
    GraphQLObjectType objectType = schema.getObjectType(type);
    return schema.getCodeRegistry().getDataFetcher(coordinates(type, field), objectType.getFieldDefinition(field));
  }

  @Test
  void plainFieldsAreReadThroughAccessors() {
    assertThat(fetcherOf("Article", "headline")).isInstanceOf(AccessorFetcher.class);
    assertThat(fetcherOf("Author", "name")).isInstanceOf(AccessorFetcher.class);
    assertThat(fetcherOf("Image", "caption")).isInstanceOf(AccessorFetcher.class);
  }

  @Test
  void fieldsWithTheirOwnDataFetcherKeepIt() {
    assertThat(fetcherOf("Article", "url")).isNotInstanceOf(AccessorFetcher.class);
    assertThat(fetcherOf("Article", "authors")).isNotInstanceOf(AccessorFetcher.class);
    assertThat(fetcherOf("Query", "feed")).isNotInstanceOf(AccessorFetcher.class);
  }
}
