package news.gateway.error;

/** The stable `extensions.code` of every error the gateway returns; clients branch on these. */
public enum ErrorCode {
  BAD_USER_INPUT,
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  INTERNAL,
  PERSISTED_QUERY_NOT_FOUND,
  METHOD_NOT_ALLOWED
}
