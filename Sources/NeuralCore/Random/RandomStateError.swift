/// A mistake in the arguments of a `RandomState` method, worded as numpy words its `ValueError`.
public enum RandomStateError: Error, Equatable, Sendable {
  /// `seed(n)` with `n` outside `0...2**32 - 1`.
  case seedOutOfRange(Int)
  /// `randint(low, high)` with `low >= high`.
  case emptyRange(low: Int, high: Int)
  /// `normal(loc, scale)` with a negative scale.
  case negativeScale(Double)
  /// A negative sample count.
  case negativeCount(Int)
  /// `choice(a, size)` from an empty population with `size > 0`.
  case emptyPopulation
  /// `choice(n, size)` with `n <= 0` and `size > 0`.
  case nonPositivePopulation(Int)
  /// `choice` with `p` of another length than the population.
  case probabilitiesLengthMismatch(population: Int, probabilities: Int)
  /// `choice` with a NaN in `p`.
  case probabilitiesContainNaN
  /// `choice` with a negative entry in `p`.
  case negativeProbability
  /// `choice` with `p` summing to something else than 1 (beyond `sqrt(ε)`).
  case probabilitiesDoNotSumToOne(Double)
  /// `choice(..., replace=False)` asking for more samples than the population holds.
  case sampleLargerThanPopulation(count: Int, population: Int)
  /// `choice(..., replace=False, p=...)` asking for more samples than `p` has non-zero entries.
  case tooFewNonZeroProbabilities(count: Int, nonZero: Int)
  /// `set_state` with a key of another length than 624.
  case wrongStateLength(Int)
  /// `set_state` with a position outside `0...624`.
  case positionOutOfRange(Int)
}

// MARK: - Conformance

extension RandomStateError: CustomStringConvertible {
  /// numpy's message for the same mistake.
  public var description: String {
    switch self {
    case .seedOutOfRange: "Seed must be between 0 and 2**32 - 1"
    case .emptyRange: "low >= high"
    case .negativeScale: "scale < 0"
    case .negativeCount: "negative dimensions are not allowed"
    case .emptyPopulation: "'a' cannot be empty unless no samples are taken"
    case .nonPositivePopulation: "a must be greater than 0 unless no samples are taken"
    case .probabilitiesLengthMismatch: "'a' and 'p' must have same size"
    case .probabilitiesContainNaN: "probabilities contain NaN"
    case .negativeProbability: "probabilities are not non-negative"
    case .probabilitiesDoNotSumToOne: "probabilities do not sum to 1"
    case .sampleLargerThanPopulation:
      "Cannot take a larger sample than population when 'replace=False'"
    case .tooFewNonZeroProbabilities: "Fewer non-zero entries in p than size"
    case .wrongStateLength(let count): "state must be 624 elements, got \(count)"
    case .positionOutOfRange(let position): "state position must be in 0...624, got \(position)"
    }
  }
}
