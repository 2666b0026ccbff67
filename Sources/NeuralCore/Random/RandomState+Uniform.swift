extension RandomState {
  /// A double in `[0, 1)` with 53 random bits, as numpy's `random_sample()`.
  ///
  /// `a = w₁ >> 5` (27 bits), `b = w₂ >> 6` (26 bits), result `(a · 2²⁶ + b) / 2⁵³`.
  public mutating func randomSample() -> Double {
    let a = Double(nextUInt32() >> 5)
    let b = Double(nextUInt32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }

  /// `count` doubles in `[0, 1)`, in numpy's order.
  public mutating func randomSample(count: Int) -> [Double] {
    (0..<max(count, 0)).map { _ in randomSample() }
  }

  /// A tensor of doubles in `[0, 1)`, as `np.random.rand(*shape)`, filled in row-major order.
  public mutating func rand(shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: randomSample(count: Tensor.count(of: shape)))
  }

  /// A double in `[low, high)`, as numpy's `uniform(low, high)`: `low + (high - low) · u`.
  ///
  /// numpy accepts `low > high` (the interval is then `(high, low]`), and so does this.
  public mutating func uniform(low: Double = 0, high: Double = 1) -> Double {
    let range = high - low
    return low + range * randomSample()
  }

  /// `count` doubles in `[low, high)`, in numpy's order.
  public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) -> [Double] {
    (0..<max(count, 0)).map { _ in uniform(low: low, high: high) }
  }

  /// A tensor of doubles in `[low, high)`, as `np.random.uniform(low, high, size=shape)`.
  public mutating func uniform(low: Double = 0, high: Double = 1, shape: [Int]) -> Tensor {
    Tensor(shape: shape, scalars: uniform(low: low, high: high, count: Tensor.count(of: shape)))
  }
}
