/// How a backward pass compares with numerical gradients, one entry per named tensor.
///
/// Each entry holds the relative error `‖g − n‖ / (‖g‖ + ‖n‖)` and cs231n's element-wise
/// maximum, and a `Verdict` read from the relative error with the usual bands:
///
/// | relative error | verdict | meaning |
/// |---|---|---|
/// | below 1e-7 | `good` | the backward pass is right |
/// | 1e-7 to 1e-4 | `acceptable` | fine where the function has kinks (ReLU, max); too high for a smooth one |
/// | 1e-4 to 1e-2 | `suspicious` | probably a bug, unless many inputs sit on kinks |
/// | above 1e-2 (or NaN) | `wrong` | the backward pass is wrong |
///
/// A point exactly on a kink (a ReLU input of 0, for instance with zero biases) makes the two
/// one-sided slopes differ, and even a correct backward pass then looks suspicious: check at
/// points away from kinks.
public struct GradientCheckReport: Sendable, Equatable {
  /// The comparison for one tensor (`"input"`, `"weight"`, `"0.bias"`, …).
  public struct Entry: Sendable, Equatable {
    /// The tensor's name.
    public var name: String
    /// `‖g − n‖ / (‖g‖ + ‖n‖)`.
    public var relativeError: Double
    /// `maxᵢ |gᵢ − nᵢ| / max(1e-8, |gᵢ| + |nᵢ|)`.
    public var maxRelativeError: Double
    /// The band `relativeError` falls in.
    public var verdict: Verdict { Verdict(relativeError: relativeError) }
  }

  /// The band a relative error falls in, from best to worst.
  public enum Verdict: Int, Sendable, Comparable, CustomStringConvertible {
    case good, acceptable, suspicious, wrong

    /// Classifies a relative error with the bands in `GradientCheckReport`'s table.
    public init(relativeError e: Double) {
      if !(e < 1e-2) {
        self = .wrong
      } else if e >= 1e-4 {
        self = .suspicious
      } else if e >= 1e-7 {
        self = .acceptable
      } else {
        self = .good
      }
    }

    public static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }

    /// A short explanation shown beside the numbers.
    public var description: String {
      switch self {
      case .good: "good"
      case .acceptable: "acceptable only if the function has kinks"
      case .suspicious: "suspicious: likely a bug unless inputs sit on kinks"
      case .wrong: "wrong"
      }
    }
  }

  /// The entries, in the order they were checked.
  public var entries: [Entry]
  /// The step used for the centred differences.
  public var step: Double

  /// Compares analytic and numerical gradients, tensor by tensor, in the order of `names`.
  ///
  /// - Precondition: both dictionaries hold every name, with equal shapes.
  public init(
    names: [String], analytic: [String: Tensor], numerical: [String: Tensor], step: Double
  ) {
    self.step = step
    entries = names.map { name in
      guard let g = analytic[name], let n = numerical[name] else {
        preconditionFailure("no gradient named \(name) in \(analytic.keys.sorted())")
      }
      return Entry(
        name: name, relativeError: relativeError(g, n), maxRelativeError: maxRelativeError(g, n))
    }
  }

  /// The worst verdict of all entries (`good` when there are none).
  public var verdict: Verdict { entries.map(\.verdict).max() ?? .good }

  /// The entry with a given name, if checked.
  public subscript(name: String) -> Entry? { entries.first { $0.name == name } }
}

// MARK: - Conformance

extension GradientCheckReport: CustomStringConvertible {
  /// A table: one line per tensor with both errors and the verdict.
  ///
  /// ```
  /// gradient check (centred differences, h = 1.0e-05)
  ///   input   relative error 2.1e-11   max element-wise 3.5e-10   good
  ///   weight  relative error 8.8e-12   max element-wise 1.2e-10   good
  /// ```
  public var description: String {
    let width = entries.map(\.name.count).max() ?? 0
    let lines = entries.map { entry in
      "  " + entry.name + String(repeating: " ", count: width - entry.name.count)
        + "  relative error " + scientific(entry.relativeError)
        + "   max element-wise " + scientific(entry.maxRelativeError) + "   \(entry.verdict)"
    }
    return (["gradient check (centred differences, h = \(scientific(step)))"] + lines)
      .joined(separator: "\n")
  }
}
