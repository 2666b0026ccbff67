extension ToyDataset {
  /// Noisy XOR: points in the four quadrants, class 1 where the two coordinates differ in sign.
  ///
  /// Point `i` goes to quadrant `i mod 4` (signs `(+, +)`, `(-, +)`, `(-, -)`, `(+, -)`), so the classes
  /// stay balanced; its coordinates are
  /// ```
  /// x = (s₁ · u₁ + noise · z₁, s₂ · u₂ + noise · z₂),   u uniform in [0.1, 1),  z standard normal
  /// y = 1 if s₁ ≠ s₂ else 0
  /// ```
  /// The label follows the quadrant, so with noise a few points cross an axis: a linear model cannot
  /// separate the classes, a small net can.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]` (examples in rows).
  /// - Precondition: `count >= 0`, `noise >= 0`.
  public static func xor(count: Int = 200, noise: Double = 0.1, using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0 && noise >= 0, "xor needs count >= 0 and noise >= 0, got \(count), \(noise)")
    let signs: [(Double, Double)] = [(1, 1), (-1, 1), (-1, -1), (1, -1)]
    var points: [Double] = []
    var labels: [Double] = []
    for index in 0..<count {
      let (s1, s2) = signs[index % 4]
      for sign in [s1, s2] {
        points.append(sign * generator.uniform(low: 0.1, high: 1) + noise * generator.standardNormal())
      }
      labels.append(s1 == s2 ? 0 : 1)
    }
    return ToyDataset(x: Tensor(shape: [count, 2], scalars: points), y: Tensor(labels))
  }

  /// Noisy XOR from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]`.
  public static func xor(count: Int = 200, noise: Double = 0.1, seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return xor(count: count, noise: noise, using: &generator)
  }
}
