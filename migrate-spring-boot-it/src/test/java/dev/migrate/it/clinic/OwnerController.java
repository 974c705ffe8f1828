package dev.migrate.it.clinic;

import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OwnerController {

	private final OwnerRepository owners;

	public OwnerController(OwnerRepository owners) {
		this.owners = owners;
	}

	@GetMapping("/owners")
	public String owners() {
		return this.owners.findAll().stream().map(Owner::getName).sorted().collect(Collectors.joining(", "));
	}

}
