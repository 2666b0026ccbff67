/// How data values map to positions along an axis, like matplotlib's `xscale`/`yscale`.
public enum AxisScale: String, Sendable, Hashable, CaseIterable {
  /// Equal steps for equal differences.
  case linear
  /// Equal steps for equal ratios (`log10(value)`); values `<= 0` cannot be drawn and are skipped.
  case log10 = "log"

  /// The position of a value on this scale; `nil` for values the scale cannot show.
  @inline(__always)
  func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch self {
    case .linear: return value
    case .log10: return value > 0 ? ScaleMath.log10(value) : nil
    }
  }

  /// The value at a position on this scale.
  func inverse(_ position: Double) -> Double {
    switch self {
    case .linear: return position
    case .log10: return ScaleMath.pow10(position)
    }
  }
}

// MARK: - Conformance

extension AxisScale: CustomStringConvertible {
  public var description: String { rawValue }
}
