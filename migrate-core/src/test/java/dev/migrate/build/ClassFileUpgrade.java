package dev.migrate.build;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step of migrate-cli.jar, run by migrate-core's {@code package} phase after the shade
 * plugin: rewrites the class files of the given packages that are older than Java 6 (version 50)
 * as Java 8 class files, with the stack map frames those need, computed by ASM. The code is the
 * same; only the format changes.
 * <p>
 * Why: the JDK does not put pre-Java 6 classes into a class data sharing archive ("Pre JDK 6
 * class not supported by CDS"), and picocli is compiled for Java 5. The command line's per-command
 * archive ({@code dev.migrate.core.cli.ClassArchive}) therefore left the classes of picocli (176 in an
 * {@code upgrade}) to be read, parsed and verified on every run. As Java 8 class files the archive
 * holds them too.
 * A Java 8 class file must carry correct frames: the JVM verifies them and refuses the class with a
 * {@link VerifyError} otherwise, so a wrong frame fails loudly, never silently.
 * <p>
 * {@code java dev.migrate.build.ClassFileUpgrade <jar> <package/>...}
 */
public final class ClassFileUpgrade {

	private static final int JAVA_6 = 50;

	private ClassFileUpgrade() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: ClassFileUpgrade <jar> <package/>...");
		}
		Path jar = Path.of(args[0]);
		List<String> packages = Arrays.asList(args).subList(1, args.length);
		int upgraded = upgrade(jar, packages);
		System.out.println("[migrate] " + upgraded + " class files of " + packages + " in " + jar.getFileName()
				+ " rewritten as Java 8 class files, for class data sharing");
	}

	/**
	 * Rewrites the jar in place, keeping every entry, its order and its time; returns how many class
	 * files it upgraded.
	 */
	public static int upgrade(Path jar, List<String> packages) throws IOException {
		Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgrading");
		int count = 0;
		try (URLClassLoader types = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader());
				ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (selected(entry.getName(), packages) && majorVersion(content) < JAVA_6) {
					content = upgrade(content, types);
					count++;
				}
				write(out, entry, content);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(upgraded);
			throw ex;
		}
		Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return count;
	}

	/** The class file's major version (the two bytes after the magic number and the minor version). */
	static int majorVersion(byte[] classFile) {
		return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
	}

	private static boolean selected(String name, List<String> packages) {
		return name.endsWith(".class") && packages.stream().anyMatch(name::startsWith);
	}

	/** The same class as a Java 8 class file: frames computed from scratch, against the jar's own types. */
	static byte[] upgrade(byte[] classFile, ClassLoader types) {
		ClassReader reader = new ClassReader(classFile);
		// no reader passed to the writer: it would copy each method's code unchanged, without frames
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected ClassLoader getClassLoader() {
				return types;
			}
		};
		reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName,
					String[] interfaces) {
				super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
			}
		}, ClassReader.SKIP_FRAMES);
		return writer.toByteArray();
	}

	private static void write(ZipOutputStream out, ZipEntry entry, byte[] content) throws IOException {
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setTime(entry.getTime());
		out.putNextEntry(copy);
		out.write(content);
		out.closeEntry();
	}

}
