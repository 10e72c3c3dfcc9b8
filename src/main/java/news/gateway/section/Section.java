package news.gateway.section;

import news.gateway.node.GlobalId;

/** A section of the site; the GraphQL `Section` type. */
public record Section(long rowId, String slug, String name, String description) {

  public String id() {
    return GlobalId.encode("Section", rowId);
  }
}
