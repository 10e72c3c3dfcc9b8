package news.gateway.config;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Reads a field off its source by calling the source's no-argument method of the field's name: a record's
 * accessor ({@code Article.headline()}) or a method like it ({@code Article.id()}). graphql-java's own property
 * fetcher finds that method again on every call, in a cache keyed by class loader, class name and field name;
 * this one keeps the method of the last source class it saw, and a field's sources are nearly always of one
 * class. Sources without such a method (maps, getters) go to graphql-java's fetcher.
 */
final class AccessorFetcher implements LightDataFetcher<Object> {

  private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
  /** What {@link #readDirectly} answers for a source without the field's method. */
  static final Object NOT_READABLE = new Object();

  private final String fieldName;
  /** Immutable, so a thread that sees another's copy sees it whole. */
  private Accessor last;

  AccessorFetcher(String fieldName) {
    this.fieldName = fieldName;
  }

  @Override
  public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
      throws Exception {
    Object read = readDirectly(source);
    return read == NOT_READABLE ? SingletonPropertyDataFetcher.singleton().get(field, source, environment) : read;
  }

  /** The field's value read off the source's method, or {@link #NOT_READABLE} if the source has no such method. */
  Object readDirectly(Object source) {
    if (source == null) {
      return null;
    }
    Accessor accessor = last;
    if (accessor == null || accessor.sourceType() != source.getClass()) {
      accessor = new Accessor(source.getClass(), accessor(source.getClass()));
      last = accessor;
    }
    if (accessor.read() == null) {
      return NOT_READABLE;
    }
    try {
      return accessor.read().invokeExact(source);
    } catch (RuntimeException | Error unchecked) {
      throw unchecked;
    } catch (Throwable checked) {
      throw new IllegalStateException(fieldName + " of " + source.getClass().getName(), checked);
    }
  }

  @Override
  public Object get(DataFetchingEnvironment environment) throws Exception {
    return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
  }

  private MethodHandle accessor(Class<?> sourceType) {
    Method method;
    try {
      method = sourceType.getMethod(fieldName);
    } catch (NoSuchMethodException notThere) {
      return null;
    }
    if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class) {
      return null;
    }
    try {
      return MethodHandles.privateLookupIn(sourceType, MethodHandles.lookup()).unreflect(method).asType(READ);
    } catch (IllegalAccessException notAccessible) {
      return null;
    }
  }

  private record Accessor(Class<?> sourceType, MethodHandle read) {}
}
