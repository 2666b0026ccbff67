#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Python's float formatting: `repr` (shortest round-trip) and printf-style fixed precision.
///
/// `repr` takes the shortest round-trip digits from Swift's `description` and lays them out with
/// Python's rule: fixed notation when the decimal exponent is in `-4 ..< 16`, else `1e+16`,
/// `1.5e-05`. Fixed-precision forms (`%.3f`, `{:e}`, `{:g}`) go through C's `snprintf`, which
/// rounds correctly, as CPython's own formatting does.
enum PythonFloat {
  /// `repr(x)`: `0.1`, `1.0`, `1e+16`, `1.5e-05`, `inf`, `nan`, `-0.0`.
  static func repr(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    let (digits, pointPosition) = shortestDigits(abs(x))
    let sign = x < 0 ? "-" : ""
    if pointPosition > -4 && pointPosition <= 16 {
      return sign + fixed(digits: digits, pointPosition: pointPosition, minimumFraction: 1)
    }
    return sign + scientific(digits: digits, exponent: pointPosition - 1)
  }

  /// The shortest round-trip digits of a positive finite `x`, and where the decimal point goes:
  /// `x = 0.d₁d₂… × 10^pointPosition`.
  static func shortestDigits(_ x: Double) -> (digits: [UInt8], pointPosition: Int) {
    let text = x.description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits: [UInt8] = []
    var pointPosition = 0
    var seenPoint = false
    for character in mantissa.utf8 {
      if character == UInt8(ascii: ".") {
        seenPoint = true
        continue
      }
      let digit = character - UInt8(ascii: "0")
      if digits.isEmpty && digit == 0 {
        if seenPoint { pointPosition -= 1 }
        continue
      }
      digits.append(digit)
      if !seenPoint { pointPosition += 1 }
    }
    while digits.last == 0 { digits.removeLast() }
    return (digits, pointPosition + exponent)
  }

  static func fixed(digits: [UInt8], pointPosition: Int, minimumFraction: Int) -> String {
    var out = ""
    if pointPosition <= 0 {
      out = "0." + String(repeating: "0", count: -pointPosition) + string(digits)
    } else if pointPosition >= digits.count {
      out = string(digits) + String(repeating: "0", count: pointPosition - digits.count)
      if minimumFraction > 0 { out += ".0" }
    } else {
      out = string(digits[..<pointPosition]) + "." + string(digits[pointPosition...])
    }
    return out
  }

  static func scientific(digits: [UInt8], exponent: Int) -> String {
    var out = string(digits[..<1])
    if digits.count > 1 { out += "." + string(digits[1...]) }
    let magnitude = abs(exponent)
    return out + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + String(magnitude)
  }

  private static func string<S: Sequence>(_ digits: S) -> String where S.Element == UInt8 {
    String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
  }

  /// `printf("%.{precision}f", x)` for a non-negative finite `x` below 2^63 and a precision up
  /// to 15, computed exactly in integers: x = m·2^e, so x·10^p = m·10^p·2^e, rounded half to
  /// even at the last digit, as C's printf rounds the exact binary value (`2.675` → `2.67`).
  /// `nil` outside that range (the caller uses `printf`).
  static func fixed(_ x: Double, precision: Int) -> String? {
    guard x.isFinite, x >= 0, x < 0x1p63, (0...15).contains(precision) else { return nil }
    var scale: UInt64 = 1
    for _ in 0..<precision { scale *= 10 }
    let exponent = x.isNormal ? Int(x.exponent) - 52 : -1074
    let mantissa = UInt128(x == 0 ? 0 : x.significandBitPattern | (x.isNormal ? 1 << 52 : 0))
    let product = mantissa * UInt128(scale)  // below 2^53 · 10^15 < 2^103
    var scaled: UInt128
    if x == 0 {
      scaled = 0
    } else if exponent >= 0 {
      scaled = product << exponent  // x < 2^63: below 2^113
    } else if -exponent >= 120 {
      scaled = 0  // x·10^p < 2^103 / 2^120: rounds to zero
    } else {
      let shift = -exponent
      scaled = product >> shift
      let remainder = product & ((UInt128(1) << shift) - 1)
      let half = UInt128(1) << (shift - 1)
      if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
    }
    if scaled >> 64 == 0 { return decimal(UInt64(scaled), fractionDigits: precision) }
    let whole = String(scaled / UInt128(scale))
    guard precision > 0 else { return whole }
    let fraction = String(scaled % UInt128(scale))
    return whole + "." + String(repeating: "0", count: precision - fraction.count) + fraction
  }

  /// `value / 10^fractionDigits` written out with exactly `fractionDigits` digits after the
  /// point (`decimal(1500, fractionDigits: 3)` is `"1.500"`), built in a stack buffer.
  private static func decimal(_ value: UInt64, fractionDigits: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
      var end = buffer.count
      var rest = value
      var written = 0
      // Digits from the last; the point after `fractionDigits` of them, and at least one digit
      // before it.
      while rest > 0 || written <= fractionDigits {
        if written == fractionDigits && fractionDigits > 0 {
          end -= 1
          buffer[end] = UInt8(ascii: ".")
        }
        end -= 1
        buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        written += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
    }
  }

  /// A C printf conversion of one double: `printf("%" + spec, x)`, e.g. spec `".3f"`, `"+10.2e"`.
  static func printf(_ spec: String, _ x: Double) -> String {
    let format = "%" + spec
    // Most results fit a small stack buffer; longer ones (`%.300f`) take the heap path below.
    let short = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { pointer -> String? in
      let written = withVaList([x]) { vsnprintf(pointer.baseAddress, 64, format, $0) }
      guard written >= 0, written < 64 else { return nil }
      return String(cString: pointer.baseAddress!)  // a temporary allocation has a base address
    }
    if let short { return short }
    var buffer = [CChar](repeating: 0, count: 512)
    let written = withVaList([x]) { arguments in
      buffer.withUnsafeMutableBufferPointer { pointer in
        vsnprintf(pointer.baseAddress, pointer.count, format, arguments)
      }
    }
    if written >= buffer.count {
      buffer = [CChar](repeating: 0, count: Int(written) + 1)
      _ = withVaList([x]) { arguments in
        buffer.withUnsafeMutableBufferPointer { pointer in
          vsnprintf(pointer.baseAddress, pointer.count, format, arguments)
        }
      }
    }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
