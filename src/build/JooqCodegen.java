// Build-time tool, run by exec-maven-plugin with the single-file source launcher (not compiled by Maven):
//   java -cp <test classpath> src/build/JooqCodegen.java <projectDir> <changelog> <outDir> <package> <pgWorkDir>
// jOOQ's own LiquibaseDatabase simulates the changelog in H2 and cannot read PostgreSQL types (jsonb,
// tsvector, text[], timestamptz), so the changelog is applied to a throw-away embedded PostgreSQL instead.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.stream.Stream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

public class JooqCodegen {
  public static void main(String[] args) throws Exception {
    Path projectDir = Path.of(args[0]);
    String changelog = args[1];
    Path outDir = Path.of(args[2]);
    String packageName = args[3];
    Path pgWorkDir = Path.of(args[4]);

    Path stamp = outDir.resolve(".codegen-stamp");
    FileTime newestInput = max(newest(projectDir.resolve("db")),
        Files.getLastModifiedTime(projectDir.resolve("src/build/JooqCodegen.java")));
    if (Files.exists(stamp) && Files.getLastModifiedTime(stamp).compareTo(newestInput) >= 0) {
      System.out.println("[jooq-codegen] up to date, skipping");
      return;
    }
    Files.createDirectories(pgWorkDir);
    long started = System.nanoTime();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(pgWorkDir.resolve("data"))
        .setCleanDataDirectory(true)
        .start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        try (Liquibase lb = new Liquibase(changelog, new DirectoryResourceAccessor(projectDir.toFile()), db)) {
          // the schema alone: demo content is not needed to generate classes
          lb.update(new Contexts("schema"), new LabelExpression());
        }
      }
      GenerationTool.generate(new Configuration()
          .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
              .withUser("postgres").withPassword("postgres"))
          .withGenerator(new Generator()
              .withDatabase(new org.jooq.meta.jaxb.Database()
                  .withName("org.jooq.meta.postgres.PostgresDatabase")
                  .withInputSchema("public")
                  .withOutputSchemaToDefault(true)
                  .withExcludes("databasechangelog|databasechangeloglock")
                  // jOOQ reads these patterns with Pattern.COMMENTS, so the type name's spaces are escaped
                  .withForcedTypes(new ForcedType().withIncludeTypes("timestamp\\ with\\ time\\ zone")
                      .withUserType("java.time.OffsetDateTime").withBinding("news.gateway.sql.TimestamptzBinding")))
              .withGenerate(new Generate().withJavaTimeTypes(true).withDeprecated(false)
                  .withRecords(true).withPojos(false).withDaos(false)
                  .withImplicitJoinPathsToMany(false))
              .withTarget(new Target().withPackageName(packageName).withDirectory(outDir.toString()))));
    }
    Files.createDirectories(outDir);
    Files.writeString(stamp, "generated");
    System.out.printf("[jooq-codegen] done in %d ms%n", (System.nanoTime() - started) / 1_000_000);
  }

  private static FileTime max(FileTime a, FileTime b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static FileTime newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> {
        try {
          return Files.getLastModifiedTime(p);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
    }
  }
}
