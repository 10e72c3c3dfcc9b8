package news.gateway.batch;

import graphql.TrivialDataFetcher;

/**
 * A field resolved by handing its source's key to one of the request's DataLoaders, registered directly with
 * graphql-java for the fields a page resolves once per card (see ArticleDataFetcher#cardRelations). It gives the
 * value, or its future when the loader does not hold it yet ({@link LoaderValues}). It is a
 * {@link TrivialDataFetcher}: it runs on the request's thread and reads no thread-local state, so Spring for
 * GraphQL does not wrap each call in a context snapshot, and per-field tracing skips it (the DataLoader
 * metrics time the batch it joins).
 */
@FunctionalInterface
public interface LoaderBackedField extends TrivialDataFetcher<Object> {}
