package news.gateway.search;

import java.util.List;
import news.gateway.pagination.Connection.PageInfo;

/** The GraphQL `SearchConnection`: a page of results, best first. */
public record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo) {}
