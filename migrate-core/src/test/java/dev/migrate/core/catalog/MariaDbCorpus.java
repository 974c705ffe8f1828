package dev.migrate.core.catalog;

import java.util.List;
import java.util.stream.Stream;

/** MariaDB's common types and a schema using each kind of constraint. */
final class MariaDbCorpus {

	static final List<String> TYPES = List.of("c_tinyint tinyint", "c_bool boolean default 1", "c_tinyint1 tinyint(1) not null default 0",
			"c_smallint smallint default 3", "c_mediumint mediumint", "c_int int not null default 0", "c_int11 int(11)",
			"c_integer integer", "c_bigint bigint default -1", "c_unsigned bigint unsigned", "c_decimal decimal(10,2) default 1.50",
			"c_numeric numeric(12,4)", "c_float float", "c_double double", "c_bit bit(1)", "c_char char(3) default 'ab'",
			"c_varchar varchar(40) default 'x'", "c_tinytext tinytext", "c_text text", "c_mediumtext mediumtext",
			"c_longtext longtext", "c_binary binary(16)", "c_varbinary varbinary(64)", "c_blob blob", "c_longblob longblob",
			"c_date date default '2020-01-01'", "c_time time", "c_time3 time(3)", "c_datetime datetime default current_timestamp",
			"c_datetime6 datetime(6)", "c_timestamp timestamp null", "c_year year", "c_json json",
			"c_enum enum('a','B') default 'a'", "c_set set('x','y')", "c_null_default varchar(5) default null",
			"c_uuid uuid", "c_serial bigint unsigned not null auto_increment unique");

	static final List<String> CONSTRAINTS = List.of(
			"CREATE TABLE owners (id bigint auto_increment primary key, email varchar(200) not null unique,"
					+ " code char(4), region int, CONSTRAINT owners_code_region UNIQUE (code, region))",
			"CREATE TABLE pets (id int auto_increment primary key, owner_id bigint, name varchar(50) not null check (char_length(name) > 0),"
					+ " born date, weight decimal(5,2), CONSTRAINT pets_weight_positive CHECK (weight > 0),"
					+ " FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE)",
			"CREATE TABLE visits (pet_id int not null, at datetime(3) not null, vet_id int, note text,"
					+ " PRIMARY KEY (pet_id, at),"
					+ " CONSTRAINT visits_pet FOREIGN KEY (pet_id) REFERENCES pets (id) ON DELETE RESTRICT ON UPDATE CASCADE)",
			"CREATE INDEX pets_name_born ON pets (name, born DESC)", "CREATE UNIQUE INDEX owners_email_prefix ON owners (email(20), code)",
			"CREATE INDEX visits_vet ON visits (vet_id)");

	static final List<String> BASE = Stream.concat(CONSTRAINTS.stream(), Stream.of(
			"CREATE TABLE things (id int not null, label varchar(50), size int not null default 1, price decimal(8,2),"
					+ " flag boolean default false, noted datetime)")).toList();

	static final List<SchemaChange> CHANGES = Stream.concat(
			SchemaChange.addEach("things", TYPES.stream().filter(type -> !type.contains("auto_increment")).toList()).stream(),
			Stream.of(SchemaChange.of("drop column", "ALTER TABLE pets DROP COLUMN born"),
					SchemaChange.of("widen varchar", "ALTER TABLE things MODIFY label varchar(100)"),
					SchemaChange.of("varchar to text", "ALTER TABLE things MODIFY label text"),
					SchemaChange.of("int to bigint", "ALTER TABLE things MODIFY size bigint not null default 1"),
					SchemaChange.of("narrow decimal", "ALTER TABLE things MODIFY price decimal(6,2)"),
					SchemaChange.of("set default", "ALTER TABLE things ALTER COLUMN label SET DEFAULT 'none'"),
					SchemaChange.of("change default", "ALTER TABLE things ALTER COLUMN size SET DEFAULT 2"),
					SchemaChange.of("drop default", "ALTER TABLE things ALTER COLUMN flag DROP DEFAULT"),
					SchemaChange.of("set not null", "ALTER TABLE things MODIFY label varchar(50) not null"),
					SchemaChange.of("drop not null", "ALTER TABLE things MODIFY size int null default 1"),
					SchemaChange.of("type, default and nullability at once",
							"ALTER TABLE things MODIFY label varchar(80) not null default 'x'"),
					SchemaChange.of("add primary key", "ALTER TABLE things ADD PRIMARY KEY (id)"),
					SchemaChange.of("add auto_increment key", "ALTER TABLE things MODIFY id int not null auto_increment primary key"),
					SchemaChange.of("change primary key", "ALTER TABLE visits DROP PRIMARY KEY, ADD PRIMARY KEY (pet_id, at, note(10))"),
					SchemaChange.of("add unique", "ALTER TABLE things ADD UNIQUE (label)"),
					SchemaChange.of("add composite unique", "ALTER TABLE things ADD CONSTRAINT things_label_size UNIQUE (label, size)"),
					SchemaChange.of("drop unique", "ALTER TABLE owners DROP INDEX email"),
					SchemaChange.of("add index", "CREATE INDEX things_label ON things (label)"),
					SchemaChange.of("add composite index", "CREATE INDEX things_size_label ON things (size, label DESC)"),
					SchemaChange.of("add prefix index", "CREATE INDEX visits_note ON visits (note(20))"),
					SchemaChange.of("drop index", "DROP INDEX pets_name_born ON pets"),
					SchemaChange.of("change index columns", "DROP INDEX pets_name_born ON pets", "CREATE INDEX pets_name_born ON pets (name)"),
					SchemaChange.of("add foreign key with on delete set null",
							"ALTER TABLE visits ADD CONSTRAINT visits_vet FOREIGN KEY (vet_id) REFERENCES pets (id) ON DELETE SET NULL"),
					SchemaChange.of("drop foreign key", "ALTER TABLE pets DROP FOREIGN KEY pets_ibfk_1"),
					SchemaChange.of("change on delete", "ALTER TABLE visits DROP FOREIGN KEY visits_pet",
							"ALTER TABLE visits ADD CONSTRAINT visits_pet FOREIGN KEY (pet_id) REFERENCES pets (id) ON DELETE CASCADE"),
					SchemaChange.of("add check", "ALTER TABLE things ADD CONSTRAINT things_size CHECK (size between 1 and 10)"),
					SchemaChange.of("drop check", "ALTER TABLE pets DROP CONSTRAINT pets_weight_positive"),
					SchemaChange.of("new table", "CREATE TABLE vets (id bigint primary key, name varchar(80) not null unique,"
							+ " pet_id int references pets (id) on delete set null, since date default '2001-01-01',"
							+ " check (since > '2000-01-01'))", "CREATE INDEX vets_since ON vets (since)"),
					SchemaChange.of("new tables referencing each other",
							"CREATE TABLE a (id int primary key, b_id int)", "CREATE TABLE b (id int primary key, a_id int references a (id))",
							"ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id)"),
					SchemaChange.of("dropped table", "DROP TABLE visits"),
					SchemaChange.of("dropped referenced table", "DROP TABLE visits", "DROP TABLE pets"),
					SchemaChange.of("rename column (a drop and an add)", "ALTER TABLE things RENAME COLUMN label TO title")))
		.toList();

	private MariaDbCorpus() {
	}

}
