package news.gateway.http;

import graphql.GraphQLError;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * Spring GraphQL's POST handler (400 for request errors with `application/graphql-response+json`, 200 with
 * `application/json`) with two more statuses for a response without data: 503 when the database could not
 * be reached and 504 when the request timed out, so load balancers and monitors see the outage. A response
 * with data stays 200, as GraphQL over HTTP requires.
 */
class GatewayGraphQlHttpHandler extends GraphQlHttpHandler {

  GatewayGraphQlHttpHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<?> messageConverter) {
    super(graphQlHandler, messageConverter);
  }

  @Override
  protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
    if (response.getExecutionResult().getData() == null) {
      if (hasError(response, ErrorCode.SERVICE_UNAVAILABLE)) {
        return HttpStatus.SERVICE_UNAVAILABLE;
      }
      if (hasError(response, ErrorCode.TIMEOUT)) {
        return HttpStatus.GATEWAY_TIMEOUT;
      }
    }
    return super.selectResponseStatus(response, responseMediaType);
  }

  private static boolean hasError(WebGraphQlResponse response, ErrorCode code) {
    for (GraphQLError error : response.getExecutionResult().getErrors()) {
      if (code.name().equals(GatewayErrors.codeOf(error))) {
        return true;
      }
    }
    return false;
  }
}
