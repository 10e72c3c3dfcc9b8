package news.gateway.author;

import news.gateway.node.GlobalId;

/**
 * A journalist; the GraphQL `Author` type. Job title and bio are {@code null} when the request asks for neither
 * ({@link news.gateway.batch.OptionalColumns}).
 */
public record Author(long rowId, String slug, String name, String jobTitle, String bio, Long avatarImageId) {

  public String id() {
    return GlobalId.encode("Author", rowId);
  }
}
