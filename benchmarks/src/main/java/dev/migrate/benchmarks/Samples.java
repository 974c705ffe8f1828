package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Repeated measurements of one thing, in milliseconds. */
final class Samples {

	private final List<Double> values = new ArrayList<>();

	void add(double millis) {
		this.values.add(millis);
	}

	int count() {
		return this.values.size();
	}

	double median() {
		return quantile(0.5);
	}

	double min() {
		return sorted().get(0);
	}

	double max() {
		List<Double> sorted = sorted();
		return sorted.get(sorted.size() - 1);
	}

	/** Linear interpolation between the closest ranks, as R's default and numpy's do. */
	double quantile(double q) {
		List<Double> sorted = sorted();
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		double rank = q * (sorted.size() - 1);
		int low = (int) Math.floor(rank);
		int high = (int) Math.ceil(rank);
		return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
	}

	List<Double> values() {
		return List.copyOf(this.values);
	}

	private List<Double> sorted() {
		List<Double> sorted = new ArrayList<>(this.values);
		sorted.sort(null);
		return sorted;
	}

}
