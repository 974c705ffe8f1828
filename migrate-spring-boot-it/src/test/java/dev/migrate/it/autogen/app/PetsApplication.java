package dev.migrate.it.autogen.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A JPA application whose one entity has a column its revisions lack. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class PetsApplication {

}
