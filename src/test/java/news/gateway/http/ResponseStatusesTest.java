package news.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import java.util.Map;
import news.gateway.error.ErrorCode;
import news.gateway.error.GatewayErrors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class ResponseStatusesTest {

  static ExecutionResult withoutData(ErrorCode code) {
    return ExecutionResult.newExecutionResult().addError(GatewayErrors.error(code, code.name())).build();
  }

  static ExecutionResult withData(ErrorCode code) {
    return ExecutionResult.newExecutionResult().data(Map.of("feed", Map.of()))
        .addError(GatewayErrors.error(code, code.name())).build();
  }

  @Test
  void anOutageWithoutDataIs503AndATimeout504WhateverTheMediaType() {
    for (MediaType type : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE}) {
      assertThat(ResponseStatuses.of(withoutData(ErrorCode.SERVICE_UNAVAILABLE), type))
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(ResponseStatuses.of(withoutData(ErrorCode.TIMEOUT), type)).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }
  }

  @Test
  void aResponseWithDataIs200EvenWithAnOutageError() {
    assertThat(ResponseStatuses.of(withData(ErrorCode.SERVICE_UNAVAILABLE), MediaType.APPLICATION_GRAPHQL_RESPONSE))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRequestErrorIs400OnlyWithTheGraphQlResponseMediaType() {
    ExecutionResult parseFailed = withoutData(ErrorCode.GRAPHQL_PARSE_FAILED);

    assertThat(ResponseStatuses.of(parseFailed, MediaType.APPLICATION_GRAPHQL_RESPONSE)).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ResponseStatuses.of(parseFailed, MediaType.APPLICATION_JSON)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anUnknownPersistedQueryIs200WithTheGraphQlResponseMediaTypeToo() {
    assertThat(ResponseStatuses.of(withoutData(ErrorCode.PERSISTED_QUERY_NOT_FOUND),
        MediaType.APPLICATION_GRAPHQL_RESPONSE)).isEqualTo(HttpStatus.OK);
  }
}
