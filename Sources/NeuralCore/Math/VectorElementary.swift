/// `exp`, `expm1`, `log`, `log1p`, `tanh` and the logistic function on four lanes at once (eight with AVX-512).
///
/// The C library computes one element at a time (about 9 ns for `exp`, 26 for `tanh`); these
/// reduce the argument and evaluate a polynomial with fused multiply-adds, about 0.6 ns an element
/// for `exp` with AVX-512 (1.1 for `tanh` and `log`). Every result is within 1 unit in the last place of the
/// correctly rounded one (the tests check 400,000 arguments per function against `long double`):
/// over 1.6 million arguments the largest errors are 0.67 ulp for `exp`, 0.87 for `log` and
/// `log1p`, 0.99 for `tanh` and 1.3 for `expm1` (the C library's `tanh` reaches 2.1). About 1% of
/// `exp` and `log` results differ from the C library's in the last bit, as numpy's own vectorised
/// loops do (on an AVX-512 machine, for 5% of `exp` and 20% of `tanh` results).
/// Lanes outside the polynomial's range (overflow, underflow, subnormals, infinities, NaN, and
/// non-positive `log` arguments) are computed by the C library instead, so special values match it.
///
/// Range reduction, after Cody and Waite: `x = n·ln2 + r` with `|r| <= ln2/2`, so that
/// `eˣ = 2ⁿ·eʳ` and `eˣ - 1 = (2ⁿ - 1) + 2ⁿ·(eʳ - 1)`; `eʳ - 1` is its Taylor series to `r¹³`
/// (remainder below 1e-17 relative). `log x = k·ln2 + 2·atanh(s)` with `x = 2ᵏ·m`,
/// `m ∈ [√2/2, √2)`, `s = (m - 1)/(m + 1)`, `|s| < 0.172`, and `atanh` its odd series to `s²³`.
/// Both series are evaluated by Estrin's scheme and every function is inlined into its loop, so
/// the out-of-order core overlaps the dependency chains of consecutive vectors.
enum VectorElementary {
  #if BACKPROP_AVX512
    typealias V = SIMD8<Double>
    typealias I = SIMD8<Int64>
    typealias U = SIMD8<UInt64>
  #else
    typealias V = SIMD4<Double>
    typealias I = SIMD4<Int64>
    typealias U = SIMD4<UInt64>
  #endif

  /// `eˣ` per lane.
  @inline(__always)
  static func exp(_ x: V) -> V {
    let inRange = (x .>= -708) .& (x .<= 709)
    guard all(inRange) else { return scalar(x, Elementary.exp) }
    let (scale, head, tail) = reduce(x)
    // eʳ = 1 + head + tail: the rounding error of 1 + head is recovered exactly (Fast2Sum, as
    // |head| < 1) and added back with the tail, so only the last addition rounds (about half an
    // ulp; exp(1) is e to the last bit).
    let sum = 1 + head
    let error = (1 - sum) + head
    return scale * (sum + (error + tail))
  }

  /// `eˣ - 1` per lane, accurate for small `x`.
  @inline(__always)
  static func expm1(_ x: V) -> V {
    let inRange = (x .>= -708) .& (x .<= 709)
    guard all(inRange) else { return scalar(x, Elementary.expm1) }
    let (scale, head, tail) = reduce(x)
    // eˣ - 1 = (2ⁿ - 1) + 2ⁿ·head + 2ⁿ·tail: the first two are exact and so is the rounding error
    // of their sum (Fast2Sum: |2ⁿ - 1| >= |2ⁿ·head| unless n = 0, when the sum is head itself),
    // added back with the tail so that the result rounds about once.
    let whole = scale - 1
    let scaledHead = scale * head
    let sum = whole + scaledHead
    let error = (whole - sum) + scaledHead
    // The reduction turns -0 into +0; expm1(±0) is the zero itself, as in the C library.
    return (sum + error.addingProduct(scale, tail)).replacing(with: x, where: x .== 0)
  }

  /// The hyperbolic tangent per lane: `tanh x = sign(x)·E/(E + 2)` with `E = expm1(2|x|)`, both
  /// carried as unevaluated sums of two doubles so that the quotient rounds once (below 0.6 ulp).
  ///
  /// `|x|` is clamped to 20, past which `tanh` rounds to ±1 in `Double`. With `2|x| = n·ln2 + r`,
  /// `E = (2ⁿ - 1) + 2ⁿ·head + 2ⁿ·tail`: `2ⁿ - 1` and `2ⁿ·head` are exact, and the rounding errors
  /// of the two sums are recovered (Fast2Sum); so is that of `D = E + 2` (TwoSum). The quotient `q = Eₕ/Dₕ`
  /// is then corrected by `(Eₕ - q·Dₕ + Eₗ - q·Dₗ)/Dₕ`, the residual computed exactly by a fused
  /// multiply-add.
  @inline(__always)
  static func tanh(_ x: V) -> V {
    guard all(x .== x) else { return scalar(x, Elementary.tanh) }
    let bits = unsafeBitCast(x, to: U.self)
    let sign = bits & 0x8000_0000_0000_0000  // tanh(-0) = -0: the sign goes back on by its bit
    var magnitude = unsafeBitCast(bits & 0x7FFF_FFFF_FFFF_FFFF, to: V.self)
    magnitude.replace(with: 20, where: magnitude .> 20)
    let (scale, head, tail) = reduce(2 * magnitude)
    // n >= 0: 2ⁿ - 1 >= |2ⁿ·head| or is 0, as Fast2Sum needs.
    let whole = scale - 1
    let scaledHead = scale * head
    let scaledTail = scale * tail
    let sum = whole + scaledHead
    let eHigh = sum + scaledTail  // |sum| >= |scaledTail|: Fast2Sum again
    let eLow = ((sum - eHigh) + scaledTail) + ((whole - sum) + scaledHead)
    let dHigh = eHigh + 2
    let back = dHigh - eHigh
    let dLow = ((eHigh - (dHigh - back)) + (2 - back)) + eLow
    let inverse = 1 / dHigh
    let q = eHigh * inverse
    let residual = eHigh.addingProduct(-q, dHigh)
    let t = q.addingProduct(residual + eLow.addingProduct(-q, dLow), inverse)
    return unsafeBitCast(unsafeBitCast(t, to: U.self) | sign, to: V.self)
  }

  /// The logistic function `σ(x) = 1/(1 + e⁻ˣ)` per lane, as `e/(1 + e)` with `e = eˣ` for
  /// negative `x` so that nothing overflows.
  @inline(__always)
  static func sigmoid(_ x: V) -> V {
    guard all(x .== x) && all(x .>= -708) && all(x .<= 708) else { return scalar(x, Tensor.sigmoid) }
    let negative = x .< 0
    let e = exp(x.replacing(with: -x, where: .!negative))
    return V(repeating: 1).replacing(with: e, where: negative) / (1 + e)
  }

  /// The natural logarithm per lane.
  @inline(__always)
  static func log(_ x: V) -> V {
    // Normal positive finite numbers only; the C library handles the rest.
    guard all(x .>= Double.leastNormalMagnitude) && all(x .<= Double.greatestFiniteMagnitude) else {
      return scalar(x, Elementary.log)
    }
    return logarithm(x, plus: V(repeating: 0))
  }

  /// `ln(1 + x)` per lane, accurate for small `x`.
  ///
  /// For `|x| < 1/4`, `1 + x` lies where `log` takes no power of 2 out, and its series runs on
  /// `f = x` itself: `ln(1 + x) = x - s·(x - R)` with `s = x/(2 + x)`. Elsewhere, with `u = 1 + x`
  /// rounded, `ln(1 + x) = ln u + c` to first order in `c = (x - (u - 1))/u`, the relative
  /// rounding error of `u`, added inside `ln u`'s last sum so that the result rounds once.
  @inline(__always)
  static func log1p(_ x: V) -> V {
    guard all(x .> -1) && all(x .<= Double.greatestFiniteMagnitude) else { return scalar(x, Elementary.log1p) }
    let u = 1 + x
    let c = (x - (u - 1)) / u
    let near = x - seriesCorrection(x, x / (2 + x))
    // log1p(±0) is the zero itself, as in the C library.
    return logarithm(u, plus: c).replacing(with: near, where: (x .< 0.25) .& (x .> -0.25)).replacing(with: x, where: x .== 0)
  }

  /// `s·(f - R)` with `R = 2s²/3 + 2s⁴/5 + …`, so that `ln(1 + f) = 2·atanh(s) = f - s·(f - R)`
  /// for `s = f/(2 + f)` (as `2s = f - s·f`); about `f²/2`, so its rounding hardly shows.
  @inline(__always)
  private static func seriesCorrection(_ f: V, _ s: V) -> V {
    let z = s * s
    return s * (f - z * estrin(z, z * z, atanhSeries))
  }

  /// `ln x + c` for normal positive finite `x` and a small `c`, rounded once at the end.
  @inline(__always)
  private static func logarithm(_ x: V, plus c: V) -> V {
    let bits = unsafeBitCast(x, to: I.self)
    // Split x = 2^k · m with m in [√2/2, √2): bias the exponent by the bits of √2/2.
    let sqrtHalf = I(repeating: 0x3FE6_A09E_667F_3BCD)
    let shifted = bits &- sqrtHalf
    let k = shifted &>> I(repeating: 52)
    let mantissaBits = (shifted & I(repeating: 0x000F_FFFF_FFFF_FFFF)) &+ sqrtHalf  // bits - k·2⁵²
    let m = unsafeBitCast(mantissaBits, to: V.self)
    let f = m - V(repeating: 1)  // exact: m is within a factor of 2 of 1
    // log m = 2·atanh(s) = f - s·(f - R) with s = f/(m + 1), m + 1 = f + 2 (the same real number,
    // rounded once; written so, the optimiser does not split the vector to share work between the
    // two constants).
    let correction = seriesCorrection(f, f / (f + V(repeating: 2)))
    // k as a Double through the same magic constant as in `reduce` (|k| < 1100).
    let kd = unsafeBitCast(k &+ unsafeBitCast(magic, to: I.self), to: V.self) - magic
    // log x = k·ln2High + f - correction + k·ln2Low. k·ln2High is exact (trailing zero bits), and
    // the rounding error of k·ln2High + f is recovered exactly (Fast2Sum: |k·ln2High| > |f| unless
    // k = 0, when the sum is f itself), so the result rounds once, at the end.
    let high = kd * V(repeating: ln2High)
    let sum = high + f
    let error = (high - sum) + f
    return sum + ((error - correction) + c).addingProduct(kd, V(repeating: ln2Low))
  }

  /// Applies a vector function to every element of `scalars`, as a new array.
  static func map(_ scalars: [Double], _ f: (V) -> V) -> [Double] {
    let count = scalars.count
    if count == 0 { return [] }
    return [Double](unsafeUninitializedCapacity: count) { out, initialized in
      scalars.withUnsafeBufferPointer { x in apply(f, x, into: out) }
      initialized = count
    }
  }

  /// `target[i] = f(source[i])`, one vector at a time, and the last `count % lanes` elements
  /// through a padded vector. `target` may be `source` itself (each vector is read before it is
  /// written).
  @inline(__always)
  static func apply(_ f: (V) -> V, _ source: UnsafeBufferPointer<Double>, into target: UnsafeMutableBufferPointer<Double>) {
    let count = source.count
    precondition(target.count == count, "source has \(count) elements, target \(target.count)")
    guard count > 0, let x = source.baseAddress, let out = target.baseAddress else { return }
    let from = UnsafeRawPointer(x)
    let to = UnsafeMutableRawPointer(out)
    let lanes = V.scalarCount
    var i = 0
    while i + lanes <= count {
      to.storeBytes(of: f(from.loadUnaligned(fromByteOffset: i * 8, as: V.self)), toByteOffset: i * 8, as: V.self)
      i += lanes
    }
    if i < count {
      var last = V(repeating: 0.5)
      for lane in 0..<(count - i) { last[lane] = x[i + lane] }
      let y = f(last)
      for lane in 0..<(count - i) { (out + i + lane).initialize(to: y[lane]) }
    }
  }

  // MARK: - Private helpers

  /// `(2ⁿ, head, tail)` with `x = n·ln2 + r`, `|r| <= ln2/2` and `eʳ - 1 = head + tail`:
  /// `head = x - n·ln2High` exactly and `tail = -n·ln2Low + r²·P(r)`.
  @inline(__always)
  private static func reduce(_ x: V) -> (scale: V, head: V, tail: V) {
    let n = (x * V(repeating: 1.4426950408889634)).rounded(.toNearestOrEven)
    // ln2High has trailing zero bits, so n·ln2High is exact, and x - n·ln2High is exact too (the
    // two are within a factor of 2 of each other unless n = 0).
    let head = x.addingProduct(n, V(repeating: -ln2High))
    let low = n * V(repeating: -ln2Low)
    let r = head + low
    let r2 = r * r
    let tail = low.addingProduct(r2, estrin(r, r2, expm1Series))
    // 2ⁿ from its bits: the exponent field is n + 1023. A magic constant turns n into an integer.
    let integer = unsafeBitCast(n + magic, to: I.self) &- unsafeBitCast(magic, to: I.self)
    let scale = unsafeBitCast((integer &+ 1023) &<< 52, to: V.self)
    return (scale, head, tail)
  }

  /// `Σₖ c[k]·tᵏ` for the twelve coefficients `c` (the last may be 0) by Estrin's scheme: pairs
  /// `c[2j] + c[2j+1]·t`, combined with `t²`, then `t⁴` and `t⁸`. Four multiply-adds deep where
  /// Horner's rule is eleven, so that consecutive vectors overlap in the pipeline.
  @inline(__always)
  private static func estrin(_ t: V, _ t2: V, _ c: Coefficients) -> V {
    @inline(__always) func pair(_ a: Double, _ b: Double) -> V { V(repeating: a).addingProduct(t, V(repeating: b)) }
    let t4 = t2 * t2
    let low = pair(c.0, c.1).addingProduct(t2, pair(c.2, c.3))
    let middle = pair(c.4, c.5).addingProduct(t2, pair(c.6, c.7))
    let high = pair(c.8, c.9).addingProduct(t2, pair(c.10, c.11))
    return low.addingProduct(t4, middle.addingProduct(t4, high))
  }

  typealias Coefficients = (Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double)

  @inline(never)
  private static func scalar(_ x: V, _ f: (Double) -> Double) -> V {
    var y = x
    for lane in x.indices { y[lane] = f(x[lane]) }
    return y
  }

  /// 1.5·2⁵², whose units place is 2⁰: adding it to a whole number below 2⁵¹ in magnitude leaves
  /// that number in the low bits, to be read or written as an integer.
  @inline(__always) private static var magic: V { V(repeating: 6_755_399_441_055_744) }

  private static let ln2High = 0.693_147_180_369_123_816_49  // 0x3FE62E42FEE00000
  private static let ln2Low = 1.908_214_929_270_587_7e-10  // ln 2 - ln2High

  /// `1/2!, 1/3!, …, 1/13!`: `(eʳ - 1 - r)/r² = 1/2! + r/3! + … + r¹¹/13!`.
  private static let expm1Series: Coefficients = (
    1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5_040, 1.0 / 40_320, 1.0 / 362_880,
    1.0 / 3_628_800, 1.0 / 39_916_800, 1.0 / 479_001_600, 1.0 / 6_227_020_800
  )

  /// `2/3, 2/5, …, 2/23`: `(2·atanh(s) - 2s)/s³ = 2/3 + 2s²/5 + … + 2s²⁰/23`.
  private static let atanhSeries: Coefficients = (
    2.0 / 3, 2.0 / 5, 2.0 / 7, 2.0 / 9, 2.0 / 11, 2.0 / 13, 2.0 / 15, 2.0 / 17, 2.0 / 19, 2.0 / 21, 2.0 / 23, 0
  )
}
