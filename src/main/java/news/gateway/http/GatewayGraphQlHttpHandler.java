package news.gateway.http;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/** Spring GraphQL's POST handler with the gateway's {@link ResponseStatuses}, which GET shares. */
class GatewayGraphQlHttpHandler extends GraphQlHttpHandler {

  GatewayGraphQlHttpHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<?> messageConverter) {
    super(graphQlHandler, messageConverter);
  }

  @Override
  protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
    return ResponseStatuses.of(response.getExecutionResult(), responseMediaType);
  }
}
