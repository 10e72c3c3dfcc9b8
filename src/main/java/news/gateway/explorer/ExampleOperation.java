package news.gateway.explorer;

/** An operation a web front end sends, shipped as {@code examples/<name>.graphql}. */
public record ExampleOperation(String name, String document) {}
