/// Element-wise elementary functions, each `y[i] = f(x[i])` with the shape kept.
///
/// Special values follow the C library and numpy: `log(0) = -inf`, `log(-1) = nan`,
/// `exp(inf) = inf`, and NaN propagates through every function here. `exp`, `log`, `tanh` and
/// `sigmoid` run four lanes at a time (`VectorElementary`) and agree with the C library to within a
/// few units in the last place, as numpy's vectorised loops do.
extension Tensor {
  /// `eˣ`.
  public func exp() -> Tensor { Tensor(shape: shape, scalars: VectorElementary.map(scalars, VectorElementary.exp)) }
  /// The natural logarithm `ln x`.
  public func log() -> Tensor { Tensor(shape: shape, scalars: VectorElementary.map(scalars, VectorElementary.log)) }
  /// `ln(1 + x)`, accurate for small `x`.
  public func log1p() -> Tensor { map(Elementary.log1p) }
  /// The hyperbolic tangent; `tanh'(x) = 1 - tanh²(x)`.
  public func tanh() -> Tensor { Tensor(shape: shape, scalars: VectorElementary.map(scalars, VectorElementary.tanh)) }

  /// The logistic function `σ(x) = 1 / (1 + e⁻ˣ)`; `σ'(x) = σ(x)(1 - σ(x))`.
  public func sigmoid() -> Tensor {
    Tensor(shape: shape, scalars: VectorElementary.map(scalars, VectorElementary.sigmoid))
  }

  /// The rectifier `max(0, x)` (NaN stays NaN, as in `np.maximum(0, x)`).
  ///
  /// A plain loop over the buffer, which the compiler turns into vector compares and blends;
  /// `Array.map` grows its result element by element and measured several times slower.
  public func relu() -> Tensor {
    let n = count
    let y = [Double](unsafeUninitializedCapacity: n) { out, initialized in
      scalars.withUnsafeBufferPointer { x in
        for i in 0..<n {
          let v = x[i]
          out[i] = v > 0 || v != v ? v : 0
        }
      }
      initialized = n
    }
    return Tensor(shape: shape, scalars: y)
  }

  /// `√x` (`nan` for negative `x`).
  public func squareRoot() -> Tensor { map { $0.squareRoot() } }

  /// `x²`.
  public func squared() -> Tensor { map { $0 * $0 } }

  /// `xᵖ`, as the C library's `pow`.
  public func pow(_ exponent: Double) -> Tensor {
    switch exponent {
    case 1: return self
    case 2: return squared()
    case 0.5: return squareRoot()
    default: return map { Elementary.pow($0, exponent) }
    }
  }

  /// `|x|`.
  public func abs() -> Tensor { map { Swift.abs($0) } }

  /// `-1`, `0` or `1` by the sign of `x`; `sign(±0) = 0` and `sign(nan) = nan`, as numpy.
  public func sign() -> Tensor { map { $0 > 0 ? 1 : $0 < 0 ? -1 : $0.isNaN ? $0 : 0 } }

  /// `min(max(x, lower), upper)`, as `np.clip`; NaN stays NaN.
  ///
  /// - Precondition: `lower <= upper`.
  public func clipped(min lower: Double, max upper: Double) -> Tensor {
    precondition(lower <= upper, "clip bounds out of order: min \(lower) > max \(upper)")
    return map { $0 < lower ? lower : $0 > upper ? upper : $0 }
  }

  // Two branches keep e^(-x) from overflowing for large negative x.
  @inline(__always) static func sigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Elementary.exp(-x)) }
    let e = Elementary.exp(x)
    return e / (1 + e)
  }
}
