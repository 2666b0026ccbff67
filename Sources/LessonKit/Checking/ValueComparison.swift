/// Compares a learner's value with the expected one and says where they first differ.
enum ValueComparison {
  /// The first way two values differ.
  enum Mismatch: Equatable, Sendable {
    /// Different kinds of value (a list where an array was expected…).
    case kind(expected: String, got: String)
    /// Arrays of different shapes.
    case shape(expected: [Int], got: [Int])
    /// The first element that differs, with its flat index and the array's shape.
    case element(index: Int, shape: [Int], expected: Double, got: Double)
    /// Non-numeric values that differ.
    case value(expected: String, got: String)

    /// The feedback sentence.
    var message: String {
      switch self {
      case .kind(let expected, let got):
        return "expected \(expected), got \(got)"
      case .shape(let expected, let got):
        return "expected shape \(ValueText.shape(expected)), got \(ValueText.shape(got))"
      case .element(let index, let shape, let expected, let got):
        let place = shape.isEmpty ? "" : "at index \(ValueText.index(index, in: shape)): "
        return place + "expected \(ValueText.number(expected)), got \(ValueText.number(got))"
      case .value(let expected, let got):
        return "expected \(expected), got \(got)"
      }
    }
  }

  /// The first mismatch, or nil when equal; `tolerance` nil means exact.
  ///
  /// Elements match when `|got - expected| <= absolute + relative·|expected|` (numpy's
  /// `allclose`); NaN matches NaN only in exact mode.
  static func mismatch(
    _ got: CheckValue, _ expected: CheckValue, tolerance: (absolute: Double, relative: Double)?
  ) -> Mismatch? {
    if let e = expected.numeric, let g = got.numeric {
      guard e.shape == g.shape else {
        if e.shape.isEmpty || g.shape.isEmpty {
          return .kind(expected: ValueText.describe(expected), got: ValueText.describe(got))
        }
        return .shape(expected: e.shape, got: g.shape)
      }
      for (index, (x, y)) in zip(g.scalars, e.scalars).enumerated()
      where !elementsMatch(x, y, tolerance) {
        if e.shape.isEmpty {
          return .value(expected: ValueText.describe(expected), got: ValueText.describe(got))
        }
        return .element(index: index, shape: e.shape, expected: y, got: x)
      }
      return nil
    }
    if expected.numeric != nil || got.numeric != nil {
      return .kind(expected: ValueText.describe(expected), got: ValueText.describe(got))
    }
    if got == expected { return nil }
    return .value(expected: ValueText.describe(expected), got: ValueText.describe(got))
  }

  static func elementsMatch(
    _ got: Double, _ expected: Double, _ tolerance: (absolute: Double, relative: Double)?
  ) -> Bool {
    guard let tolerance else { return got == expected || (got.isNaN && expected.isNaN) }
    if got == expected { return true }
    return abs(got - expected) <= tolerance.absolute + tolerance.relative * abs(expected)
  }

  /// Whether two numeric arrays of the same shape agree within tolerance.
  static func close(
    _ got: (shape: [Int], scalars: [Double]), _ expected: (shape: [Int], scalars: [Double]),
    _ tolerance: (absolute: Double, relative: Double)
  ) -> Bool {
    got.shape == expected.shape
      && zip(got.scalars, expected.scalars).allSatisfy { elementsMatch($0, $1, tolerance) }
  }
}
