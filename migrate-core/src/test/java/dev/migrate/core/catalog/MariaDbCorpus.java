package dev.migrate.core.catalog;

import java.util.List;

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

	private MariaDbCorpus() {
	}

}
