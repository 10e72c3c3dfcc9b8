package news.gateway.author;

import news.gateway.node.GlobalId;

/** A journalist; the GraphQL `Author` type. */
public record Author(long rowId, String slug, String name, String jobTitle, String bio, Long avatarImageId) {

  public String id() {
    return GlobalId.encode("Author", rowId);
  }
}
