/// Formats a number as C's `%.Ne` does: `3.2e-10`, `1.0e+00`, `-4.5e-07`, `nan`, `inf`.
///
/// The core has no Foundation (`String(format:)`), and gradient-check reports print errors that
/// span many orders of magnitude, so they need this form.
func scientific(_ x: Double, digits: Int = 1) -> String {
  if x.isNaN { return "nan" }
  if x.isInfinite { return x < 0 ? "-inf" : "inf" }
  let sign = x.sign == .minus ? "-" : ""
  let scale = Elementary.pow(10, Double(digits))
  var exponent = x == 0 ? 0 : Int((Elementary.log(abs(x)) / Elementary.log(10)).rounded(.down))
  var mantissa = x == 0 ? 0 : (abs(x) / Elementary.pow(10, Double(exponent)) * scale).rounded()
  // log10 can land one off near a power of ten, and rounding can carry 9.96 up to 10.0.
  if mantissa >= 10 * scale {
    exponent += 1
    mantissa = (abs(x) / Elementary.pow(10, Double(exponent)) * scale).rounded()
  } else if mantissa < scale && x != 0 {
    exponent -= 1
    mantissa = (abs(x) / Elementary.pow(10, Double(exponent)) * scale).rounded()
  }
  let whole = Int(mantissa) / Int(scale)
  var fraction = String(Int(mantissa) % Int(scale))
  while fraction.count < digits { fraction = "0" + fraction }
  let exponentText = String(abs(exponent))
  return sign + String(whole) + (digits > 0 ? "." + fraction : "") + "e"
    + (exponent < 0 ? "-" : "+") + (exponentText.count < 2 ? "0" : "") + exponentText
}
