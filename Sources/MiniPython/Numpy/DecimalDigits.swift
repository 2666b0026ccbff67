/// The shortest decimal digits that round-trip a `Double`, and numpy's Dragon4 formatting of them.
///
/// `value = ±0.d₁d₂…dₙ × 10^exponent`: `digits` holds d₁…dₙ (no leading or trailing zeros; empty
/// for zero) and `exponent` places the decimal point. The digits come from Swift's shortest
/// round-trip `description`, the same digits Python's `repr` and numpy's `unique=True` mode use.
/// Rounding to a precision is done on these digits, half to even.
struct DecimalDigits: Equatable {
  var isNegative: Bool
  var digits: [UInt8]
  var exponent: Int

  /// The shortest round-trip digits of a finite `x`.
  init(_ x: Double) {
    precondition(x.isFinite, "DecimalDigits needs a finite value, got \(x)")
    isNegative = x.sign == .minus
    var mantissa: [UInt8] = []
    var pointAt: Int? = nil
    var exponentPart = 0
    let text = Array(x.magnitude.description.utf8)
    var k = 0
    while k < text.count {
      let c = text[k]
      if c == UInt8(ascii: ".") {
        pointAt = mantissa.count
      } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        exponentPart = Int(String(decoding: text[(k + 1)...], as: UTF8.self)) ?? 0
        break
      } else {
        mantissa.append(c - UInt8(ascii: "0"))
      }
      k += 1
    }
    var point = (pointAt ?? mantissa.count) + exponentPart
    while let firstDigit = mantissa.first, firstDigit == 0 {
      mantissa.removeFirst()
      point -= 1
    }
    while let lastDigit = mantissa.last, lastDigit == 0 { mantissa.removeLast() }
    digits = mantissa
    exponent = mantissa.isEmpty ? 0 : point
  }

  var isZero: Bool { digits.isEmpty }

  /// Rounds to `count` significant digits, half to even.
  func rounded(significant count: Int) -> DecimalDigits {
    rounded(keeping: count)
  }

  /// Rounds to `count` digits after the decimal point, half to even.
  func rounded(fractionDigits count: Int) -> DecimalDigits {
    rounded(keeping: exponent + count)
  }

  private func rounded(keeping kept: Int) -> DecimalDigits {
    if digits.count <= kept { return self }
    var result = self
    if kept < 0 {
      result.digits = []
      result.exponent = 0
      return result
    }
    let first = digits[kept]
    let tail = digits[(kept + 1)...].contains { $0 != 0 }
    let previousOdd = kept > 0 && digits[kept - 1] % 2 == 1
    let roundUp = first > 5 || (first == 5 && (tail || previousOdd))
    var kept = Array(digits[..<kept])
    if roundUp {
      var position = kept.count - 1
      while position >= 0 {
        if kept[position] == 9 {
          kept[position] = 0
          position -= 1
        } else {
          kept[position] += 1
          break
        }
      }
      if position < 0 {
        kept.insert(1, at: 0)
        result.exponent += 1
      }
    }
    while let last = kept.last, last == 0 { kept.removeLast() }
    result.digits = kept
    if kept.isEmpty { result.exponent = 0 }
    return result
  }

  /// The integer and fraction digit strings of the positional form (integer part at least "0").
  var positionalParts: (integer: String, fraction: String) {
    var integer = ""
    var fraction = ""
    if exponent > 0 {
      for k in 0..<exponent { integer.append(k < digits.count ? Character(String(digits[k])) : "0") }
      for k in exponent..<max(exponent, digits.count) { fraction.append(Character(String(digits[k]))) }
    } else {
      integer = "0"
      fraction = String(repeating: "0", count: -exponent)
      for d in digits { fraction.append(Character(String(d))) }
    }
    if isZero { fraction = "" }
    return (integer, fraction)
  }
}

/// Python's `repr` of a float: shortest round-trip digits, positional when the decimal exponent is
/// in `-4..<16` (`1.0`, `0.0001`, `123.5`), scientific otherwise (`1e-05`, `1.5e+16`).
func pythonFloatRepr(_ x: Double) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let d = DecimalDigits(x)
  let sign = d.isNegative ? "-" : ""
  let decimalExponent = d.isZero ? 0 : d.exponent - 1
  if decimalExponent >= -4 && decimalExponent < 16 {
    let parts = d.positionalParts
    return sign + parts.integer + "." + (parts.fraction.isEmpty ? "0" : parts.fraction)
  }
  let mantissa = d.digits.map(String.init).joined()
  let head = String(mantissa.prefix(1))
  let rest = String(mantissa.dropFirst())
  let exponentText = String(abs(decimalExponent))
  return sign + head + (rest.isEmpty ? "" : "." + rest) + "e" + (decimalExponent < 0 ? "-" : "+")
    + (exponentText.count < 2 ? "0" : "") + exponentText
}
