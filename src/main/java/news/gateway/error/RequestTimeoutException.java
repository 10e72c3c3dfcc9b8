package news.gateway.error;

/** The request ran out of its time before a statement could start; reaches the client as {@code TIMEOUT}. */
public class RequestTimeoutException extends RuntimeException {

  public RequestTimeoutException() {
    super("The request timeout passed before the next SQL statement");
  }
}
