package news.gateway.error;

/** The stable `extensions.code` of every error the gateway returns; clients branch on these. */
public enum ErrorCode {
  BAD_USER_INPUT,
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  QUERY_TOO_DEEP,
  QUERY_TOO_COMPLEX,
  REQUEST_TOO_LARGE,
  PERSISTED_QUERY_NOT_FOUND,
  TIMEOUT,
  SERVICE_UNAVAILABLE,
  INTERNAL,
  METHOD_NOT_ALLOWED
}
