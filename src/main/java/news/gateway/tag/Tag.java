package news.gateway.tag;

import news.gateway.node.GlobalId;

/** A topic articles are tagged with; the GraphQL `Tag` type. */
public record Tag(long rowId, String slug, String name) {

  public String id() {
    return GlobalId.encode("Tag", rowId);
  }
}
