/// What `backprop.gradcheck` returns: the comparisons it made, as a Python object.
///
/// `print(report)` shows the whole report (what `gradcheck` prints); `repr` is one line. The
/// attributes give the numbers to code: `relative_error` (the worst of the comparisons), `band`
/// (`'great'`, `'fine'`, `'suspicious'` or `'wrong'`), `passed` (great or fine), `worst_index`,
/// and for `gradcheck(f, x)` the two gradients, `numerical` and `analytic`.
final class GradCheckResult: NativeObject {
  /// The first line: what was checked, and how.
  let heading: String
  /// One comparison per checked tensor, in order.
  let comparisons: [GradientComparison]
  /// What about a model matters when a check is off (dropout, L2), printed once after the
  /// comparisons when the band is suspicious or wrong.
  let notes: [String]

  init(heading: String, comparisons: [GradientComparison], notes: [String] = []) {
    self.heading = heading
    self.comparisons = comparisons
    self.notes = notes
  }

  /// The comparison with the largest relative error (NaN counts as largest).
  var worst: GradientComparison? {
    comparisons.max { a, b in
      GradCheckResult.rank(a.relativeError) < GradCheckResult.rank(b.relativeError)
    }
  }

  /// The worst band of all comparisons.
  var band: GradCheckBand { comparisons.map(\.band).max() ?? .great }

  /// The report, one block per comparison (named when there are several).
  var text: String {
    var lines = [heading]
    for comparison in comparisons {
      let body = comparison.lines
      if comparisons.count == 1 {
        lines += body.map { "  " + $0 }
      } else {
        lines.append("  \(comparison.name): " + body[0])
        lines += body.dropFirst().map { "    " + $0 }
      }
    }
    if band >= .suspicious { lines += notes.map { "  note: " + $0 } }
    return lines.joined(separator: "\n")
  }

  private static func rank(_ error: Double) -> Double { error.isNaN ? .infinity : error }

  var typeName: String { "backprop.GradCheck" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<gradcheck: \(band.name), relative error \(GradientComparison.scientific(worst?.relativeError ?? 0))>"
  }

  func str(in interpreter: Interpreter) throws(PyException) -> String { text }

  var attributeNames: [String] {
    ["analytic", "band", "errors", "numerical", "passed", "relative_error", "worst", "worst_index"]
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "relative_error": return .float(worst?.relativeError ?? 0)
    case "band": return .str(band.name)
    case "worst": return worst.map { .str($0.name) } ?? PyValue.none
    case "errors":
      let errors = PyDict()
      for comparison in comparisons {
        errors.set(comparison.name, .float(comparison.relativeError))
      }
      return .dict(errors)
    case "passed": return .bool(band.passes)
    case "worst_index":
      guard let worst else { return PyValue.none }
      let position = worst.sample?.positions[worst.worstIndex] ?? worst.worstIndex
      return .tuple(
        GradientComparison.indices(of: position, in: worst.sample?.shape ?? worst.point.shape).map {
          .int($0)
        })
    case "numerical", "analytic":
      guard comparisons.count == 1, let only = comparisons.first else {
        throw PyException(
          .attributeError,
          "'\(name)' is given for gradcheck(f, x); a model's report has one gradient per parameter")
      }
      return .native(NDArray(name == "numerical" ? only.numerical : only.analytic))
    default: return nil
    }
  }
}
