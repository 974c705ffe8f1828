package dev.migrate.core.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Registers the commands a run needs. Building picocli's model of a command reads its fields and
 * annotations reflectively and copies every inherited option into it: for all commands that was
 * a quarter of the main thread's time in an up-to-date {@code upgrade}, which uses one. A command
 * is registered when its name is one of the arguments; when none is, all are, so that
 * {@code --help}, {@code help} and the "did you mean" of a mistyped command see every command. An
 * option's value that happens to be a command's name only registers one command too many, which
 * changes nothing.
 */
final class Subcommands {

	private Subcommands() {
	}

	static void register(CommandLine commandLine, List<Class<?>> commands, String... args) {
		Set<String> words = new HashSet<>(Arrays.asList(args));
		List<Class<?>> named = commands.stream().filter((command) -> isNamed(command, words)).toList();
		for (Class<?> command : named.isEmpty() ? commands : named) {
			commandLine.addSubcommand(command);
		}
	}

	private static boolean isNamed(Class<?> command, Set<String> words) {
		Command annotation = command.getAnnotation(Command.class);
		if (words.contains(annotation.name())) {
			return true;
		}
		return Arrays.stream(annotation.aliases()).anyMatch(words::contains);
	}

}
