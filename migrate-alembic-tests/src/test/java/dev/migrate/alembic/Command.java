package dev.migrate.alembic;

/** One command both tools run: {@code upgrade}, {@code downgrade} or {@code stamp} with a target string. */
record Command(String op, String target) {

	@Override
	public String toString() {
		return this.op + " " + this.target;
	}

	static Command parse(String text) {
		int space = text.indexOf(' ');
		return new Command(text.substring(0, space), text.substring(space + 1));
	}

}
