/// How numpy prints the elements of one array so that they line up (numpy's `FloatingFormat`,
/// `IntegerFormat` and `BoolFormat` in `arrayprint.py`).
///
/// Floats print positionally with up to `precision` digits after the point, trimmed to the longest
/// needed (`[1.  2.5]`), or all in scientific notation when the largest magnitude is at least 1e8,
/// or (without `suppress`) the smallest non-zero one is below 1e-4 or the ratio exceeds 1000.
struct ElementFormat {
  private enum Kind {
    case bool
    case integer(width: Int)
    case float(FloatLayout)
  }

  private struct FloatLayout {
    var scientific = false
    var precision: Int
    var minDigits = 0
    var padLeft = 0
    var padRight = 0
    var exponentDigits = -1
  }

  private let kind: Kind

  /// The format for `values` (all the elements printed, or the edges of a summarised array).
  init(values: [Double], dtype: DType, options: NumpyPrintOptions) {
    switch dtype {
    case .bool:
      kind = .bool
    case .int64:
      let width = values.map { String(Int64($0)).count }.max() ?? 0
      kind = .integer(width: width)
    case .float64:
      kind = .float(ElementFormat.floatLayout(values, options))
    }
  }

  /// One element as numpy prints it inside an array.
  func format(_ x: Double) -> String {
    switch kind {
    case .bool:
      return x != 0 ? " True" : "False"
    case .integer(let width):
      return ElementFormat.padded(String(Int64(x)), to: width)
    case .float(let layout):
      if !x.isFinite {
        let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
        return ElementFormat.padded(text, to: layout.padLeft + layout.padRight + 1)
      }
      if layout.scientific {
        return ElementFormat.scientific(
          x, precision: layout.precision, minDigits: layout.minDigits, padLeft: layout.padLeft,
          exponentDigits: layout.exponentDigits)
      }
      return ElementFormat.positional(
        x, precision: layout.precision, minDigits: layout.minDigits, padLeft: layout.padLeft,
        padRight: layout.padRight)
    }
  }

  private static func floatLayout(_ values: [Double], _ options: NumpyPrintOptions) -> FloatLayout {
    var layout = FloatLayout(precision: options.precision)
    let finite = values.filter { $0.isFinite }
    let nonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
    if let maxValue = nonZero.max(), let minValue = nonZero.min() {
      if maxValue >= 1e8 || (!options.suppress && (minValue < 0.0001 || maxValue / minValue > 1000)) {
        layout.scientific = true
      }
    }
    if finite.isEmpty {
      layout.padLeft = 0
      layout.padRight = 0
    } else if layout.scientific {
      var fractionWidth = 0
      var integerWidth = 0
      var exponentWidth = 0
      for x in finite {
        let text = scientific(x, precision: options.precision, minDigits: 0, padLeft: 0, exponentDigits: -1)
        let parts = text.split(separator: "e", omittingEmptySubsequences: false)
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        integerWidth = max(integerWidth, mantissa[0].count)
        fractionWidth = max(fractionWidth, mantissa.count > 1 ? mantissa[1].count : 0)
        exponentWidth = max(exponentWidth, parts[1].count - 1)
      }
      layout.exponentDigits = exponentWidth
      layout.precision = fractionWidth
      layout.minDigits = fractionWidth
      layout.padLeft = integerWidth
      layout.padRight = exponentWidth + 2 + fractionWidth
    } else {
      for x in finite {
        let parts = DecimalDigits(x).rounded(fractionDigits: options.precision).positionalParts
        layout.padLeft = max(layout.padLeft, parts.integer.count + (x.sign == .minus ? 1 : 0))
        layout.padRight = max(layout.padRight, parts.fraction.count)
      }
    }
    if finite.count != values.count {
      let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
      let offset = layout.padRight + 1
      layout.padLeft = max(layout.padLeft, 3 - offset, 3 + negativeInfinity - offset)
    }
    return layout
  }

  /// numpy's `dragon4_positional(x, precision, unique=True, fractional=True, trim='.')`.
  static func positional(_ x: Double, precision: Int, minDigits: Int = 0, padLeft: Int = 0, padRight: Int = 0) -> String {
    let digits = DecimalDigits(x).rounded(fractionDigits: precision)
    var (integer, fraction) = digits.positionalParts
    if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
    if digits.isNegative { integer = "-" + integer }
    integer = padded(integer, to: padLeft)
    if fraction.count < padRight { fraction += String(repeating: " ", count: padRight - fraction.count) }
    return integer + "." + fraction
  }

  /// numpy's `dragon4_scientific(x, precision, unique=True, trim='.')`.
  static func scientific(_ x: Double, precision: Int, minDigits: Int = 0, padLeft: Int = 0, exponentDigits: Int = -1) -> String {
    let digits = DecimalDigits(x).rounded(significant: precision + 1)
    let text = digits.digits.map(String.init).joined()
    var head = digits.isZero ? "0" : String(text.prefix(1))
    var fraction = String(text.dropFirst())
    if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
    if digits.isNegative { head = "-" + head }
    let exponent = digits.isZero ? 0 : digits.exponent - 1
    var exponentText = String(Swift.abs(exponent))
    let width = max(exponentDigits, 2)
    if exponentText.count < width { exponentText = String(repeating: "0", count: width - exponentText.count) + exponentText }
    return padded(head, to: padLeft) + "." + fraction + "e" + (exponent < 0 ? "-" : "+") + exponentText
  }

  static func padded(_ text: String, to width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
