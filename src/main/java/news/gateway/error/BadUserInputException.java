package news.gateway.error;

/** An argument the client sent is not acceptable; the message is shown to the client as is. */
public class BadUserInputException extends RuntimeException {

  public BadUserInputException(String message) {
    super(message);
  }
}
