package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link Compare}; every option has a default that suits {@code run.sh}. */
final class Options {

	static final String USAGE = """
			Usage: java -cp benchmarks.jar dev.migrate.benchmarks.Compare [options]
			  --server <url>        PostgreSQL server, no database (jdbc:postgresql://127.0.0.1:5432/)
			  --user <name>         user allowed to create databases (postgres)
			  --revisions <n>       migrations in the corpus (1000)
			  --rounds <n>          rounds of apply and up to date per tool (5)
			  --tools <list>        of migrate, migrate-cli, flyway, liquibase, liquibase-files, jdbc
			                        (migrate,migrate-cli,flyway,liquibase,jdbc); migrate-cli is the
			                        command line (--cli) as a whole process, jdbc the floor
			  --variant <name=jar>  also measure migrate with <jar> first on the classpath (repeatable)
			  --replicas <n>        instances started at once (8)
			  --replica-rounds <n>  rounds of one instance against n at once (3)
			  --cli <jar>           the migrate command line (migrate-core/target/migrate-cli.jar)
			  --cli-variant "<name=jar> [jvm options]"  also run the replicas with another build of it,
			                        or with JVM options, e.g. "c1=migrate-core/target/migrate-cli.jar
			                        -XX:TieredStopAtLevel=1" (repeatable)
			  --graph <mode>        full, quick or skip: the JMH graph benchmark (full)
			  --boot-rounds <n>     rounds of the Spring Boot startup, each app started once (6)
			  --boot-apps <dir>     the Spring Boot apps' build, a module per tool (benchmarks/boot)
			  --skip <list>         of tools, replicas, graph, boot
			  --jfr                 record every forked tool JVM with JFR, next to its log
			  --work <dir>          corpus and logs (benchmarks/target/bench)
			  --out <file>          the report (docs/benchmarks.md); - for none
			""";

	String server = "jdbc:postgresql://127.0.0.1:5432/";

	String user = "postgres";

	int revisions = 1000;

	int rounds = 5;

	List<String> tools = List.of("migrate", Contender.CLI, "flyway", "liquibase", "jdbc");

	List<Contender> variants = new ArrayList<>();

	int replicas = 8;

	int replicaRounds = 3;

	Path cli = Path.of("migrate-core/target/migrate-cli.jar");

	List<String[]> cliVariants = new ArrayList<>();

	String graph = "full";

	int bootRounds = 6;

	Path bootApps = Path.of("benchmarks/boot");

	List<String> skip = List.of();

	boolean jfr;

	Path work = Path.of("benchmarks/target/bench");

	String out = "docs/benchmarks.md";

	/** The arguments as given, for the report. */
	List<String> arguments = List.of();

	static Options parse(String... args) {
		Options options = new Options();
		options.arguments = List.of(args);
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals("--jfr")) {
				options.jfr = true;
				continue;
			}
			if (name.equals("--help") || name.equals("-help")) {
				throw new IllegalArgumentException("");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Option " + name + " needs a value");
			}
			String value = args[++i];
			switch (name) {
				case "--server" -> options.server = value;
				case "--user" -> options.user = value;
				case "--revisions" -> options.revisions = Integer.parseInt(value);
				case "--rounds" -> options.rounds = Integer.parseInt(value);
				case "--tools" -> options.tools = list(value);
				case "--variant" -> options.variants.add(variant(value));
				case "--replicas" -> options.replicas = Integer.parseInt(value);
				case "--replica-rounds" -> options.replicaRounds = Integer.parseInt(value);
				case "--cli" -> options.cli = Path.of(value);
				case "--cli-variant" -> options.cliVariants.add(pair("--cli-variant", value));
				case "--graph" -> options.graph = value;
				case "--boot-rounds" -> options.bootRounds = Integer.parseInt(value);
				case "--boot-apps" -> options.bootApps = Path.of(value);
				case "--skip" -> options.skip = list(value);
				case "--work" -> options.work = Path.of(value);
				case "--out" -> options.out = value;
				default -> throw new IllegalArgumentException("Unknown option " + name);
			}
		}
		return options;
	}

	boolean runs(String part) {
		return !this.skip.contains(part) && !(part.equals("graph") && this.graph.equals("skip"));
	}

	List<Contender> contenders() {
		List<Contender> contenders = new ArrayList<>();
		this.tools.forEach(tool -> contenders.add(Contender.of(tool)));
		contenders.addAll(this.variants);
		return contenders;
	}

	/** The Spring Boot app without a migration tool, with migrate, and with Spring Boot's Flyway integration. */
	List<BootContender> bootContenders() {
		return BootContender.all(this.bootApps);
	}

	/** The command lines the replicas run: the build's, then each variant, as name, jar and JVM options. */
	List<String[]> clis() {
		List<String[]> clis = new ArrayList<>();
		clis.add(new String[] { "migrate", this.cli.toString() });
		this.cliVariants.forEach(variant -> {
			String[] jarAndOptions = variant[1].trim().split("\\s+");
			String[] cli = new String[jarAndOptions.length + 1];
			cli[0] = "migrate " + variant[0];
			System.arraycopy(jarAndOptions, 0, cli, 1, jarAndOptions.length);
			clis.add(cli);
		});
		return clis;
	}

	private static Contender variant(String value) {
		String[] pair = pair("--variant", value);
		return new Contender("migrate " + pair[0], "migrate", pair[1]);
	}

	private static String[] pair(String option, String value) {
		int equals = value.indexOf('=');
		if (equals < 1) {
			throw new IllegalArgumentException(option + " takes <name>=<jar>, not " + value);
		}
		return new String[] { value.substring(0, equals), value.substring(equals + 1) };
	}

	private static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
	}

}
