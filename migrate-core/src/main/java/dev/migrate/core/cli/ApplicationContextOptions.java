package dev.migrate.core.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * How the options behave when an application supplies the database ({@link CommandContext}):
 * the application's target is the default target, and the connection options are refused, since
 * they would silently be ignored.
 */
final class ApplicationContextOptions {

	private static final List<String> CONNECTION_OPTIONS = List.of("--url", "--user", "--password");

	private ApplicationContextOptions() {
	}

	static void apply(CommandLine commandLine, CommandContext context) {
		commandLine.setDefaultValueProvider((argument) -> isTarget(argument) ? context.target() : null);
		CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
		commandLine.setExecutionStrategy((parseResult) -> {
			refuseConnectionOptions(parseResult);
			return run.execute(parseResult);
		});
	}

	/** The target of {@code upgrade} (its argument) and of {@code current} (its --target option). */
	private static boolean isTarget(ArgSpec argument) {
		String command = argument.command().name();
		if (command.equals("upgrade")) {
			return argument.isPositional();
		}
		return command.equals("current") && argument instanceof OptionSpec option && option.longestName().equals("--target");
	}

	private static void refuseConnectionOptions(ParseResult parseResult) {
		for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
			for (String name : CONNECTION_OPTIONS) {
				if (result.hasMatchedOption(name)) {
					throw new CommandLine.ParameterException(result.commandSpec().commandLine(), name
							+ " is not taken here: the command runs against the application's own DataSource; set "
							+ "spring.datasource.* or migrate.datasource.* instead");
				}
			}
		}
	}

}
