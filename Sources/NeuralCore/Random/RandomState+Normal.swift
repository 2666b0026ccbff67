extension RandomState {
  /// A standard normal draw by numpy's legacy polar Box-Muller method, as `np.random.randn()`.
  ///
  /// Draws `x₁, x₂ = 2u - 1` until `0 < r² = x₁² + x₂² < 1`, then with `f = sqrt(-2 ln(r²) / r²)`
  /// returns `f · x₂` and keeps `f · x₁` for the next call. The kept value is part of the state
  /// (numpy's `has_gauss`), so interleaving `randn` with `rand` matters, as it does in numpy.
  public mutating func standardNormal() -> Double {
    if let cached = cachedGaussian {
      cachedGaussian = nil
      return cached
    }
    var x1: Double
    var x2: Double
    var r2: Double
    repeat {
      x1 = 2.0 * randomSample() - 1.0
      x2 = 2.0 * randomSample() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = Elementary.sqrt(-2.0 * Elementary.log(r2) / r2)
    cachedGaussian = f * x1
    return f * x2
  }

  /// `count` standard normal draws, in numpy's order.
  public mutating func standardNormal(count: Int) -> [Double] {
    (0..<max(count, 0)).map { _ in standardNormal() }
  }

  /// A tensor of standard normal draws, as `np.random.randn(*shape)`, filled in row-major order.
  public mutating func randn(shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: standardNormal(count: Tensor.count(of: shape)))
  }

  /// A normal draw with mean `loc` and standard deviation `scale`: `loc + scale · z`, as numpy's `normal`.
  ///
  /// - Throws: `RandomStateError.negativeScale` when `scale < 0`, as numpy does.
  public mutating func normal(loc: Double = 0, scale: Double = 1) throws(RandomStateError) -> Double {
    guard !(scale < 0) else { throw .negativeScale(scale) }
    return loc + scale * standardNormal()
  }

  /// `count` normal draws, in numpy's order.
  ///
  /// - Throws: `RandomStateError.negativeScale` when `scale < 0`.
  public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) throws(RandomStateError)
    -> [Double]
  {
    guard !(scale < 0) else { throw .negativeScale(scale) }
    return (0..<max(count, 0)).map { _ in loc + scale * standardNormal() }
  }

  /// A tensor of normal draws, as `np.random.normal(loc, scale, size=shape)`.
  ///
  /// - Throws: `RandomStateError.negativeScale` when `scale < 0`.
  public mutating func normal(loc: Double = 0, scale: Double = 1, shape: [Int]) throws(RandomStateError)
    -> Tensor
  {
    Tensor(shape: shape, scalars: try normal(loc: loc, scale: scale, count: Tensor.count(of: shape)))
  }
}
