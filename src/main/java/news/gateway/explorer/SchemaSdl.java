package news.gateway.explorer;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaPrinter;

/** Prints a schema as SDL the same way every time, so that a printed schema can be compared with a snapshot. */
public final class SchemaSdl {

  private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
      .includeSchemaDefinition(true)
      .includeScalarTypes(true)
      // the directives every GraphQL server has say nothing about this schema
      .includeDirectiveDefinition(name -> !DirectiveInfo.isGraphqlSpecifiedDirective(name)));

  private SchemaSdl() {}

  public static String print(GraphQLSchema schema) {
    return PRINTER.print(schema);
  }
}
