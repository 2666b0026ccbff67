extension ToyDataset {
  /// Two interleaving half circles, as scikit-learn's `make_moons`, draw for draw.
  ///
  /// The first `N/2` (rounded down) points lie on the upper unit half circle (class 0), the others on
  /// a lower one shifted to `(1, 0.5)` (class 1):
  /// ```
  /// outer: (cos s, sin s),            s = linspace(0, π, N_out)
  /// inner: (1 - cos s, 1 - sin s - 0.5), s = linspace(0, π, N_in)
  /// ```
  /// Then, as scikit-learn does with the same generator, the rows are shuffled (`shuffle` of
  /// `arange(N)`) and `normal(0, noise, (N, 2))` is added. The course's
  /// `np.random.seed(3); make_moons(n_samples=300, noise=.2)` is `moons(count: 300, noise: 0.2, seed: 3)`.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]` (examples in rows).
  /// - Precondition: `count >= 0` and `noise >= 0`.
  public static func moons(count: Int = 100, noise: Double? = nil, shuffle: Bool = true,
                           using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0, "moons needs a non-negative count, got \(count)")
    let outer = count / 2
    let inner = count - outer
    let s = ToyDataset.linspace(0, Double.pi, count: outer)
    let u = ToyDataset.linspace(0, Double.pi, count: inner)
    var points: [Double] = []
    for value in s { points += [Elementary.cos(value), Elementary.sin(value)] }
    for value in u { points += [1 - Elementary.cos(value), 1 - Elementary.sin(value) - 0.5] }
    let labels = [Double](repeating: 0, count: outer) + [Double](repeating: 1, count: inner)
    return finishTwoClassSet(points: points, labels: labels, noise: noise, shuffle: shuffle, using: &generator)
  }

  /// Two moons from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]`.
  public static func moons(count: Int = 100, noise: Double? = nil, shuffle: Bool = true, seed: UInt32)
    -> ToyDataset
  {
    var generator = RandomState(seed: seed)
    return moons(count: count, noise: noise, shuffle: shuffle, using: &generator)
  }

  /// scikit-learn's ending for moons and circles: shuffle the rows, then add normal noise.
  static func finishTwoClassSet(points: [Double], labels: [Double], noise: Double?, shuffle: Bool,
                                using generator: inout RandomState) -> ToyDataset {
    var points = points
    var labels = labels
    if shuffle {
      let order = generator.permutation(labels.count)
      points = reorderRows(points, width: 2, by: order)
      labels = order.map { labels[$0] }
    }
    if let noise {
      precondition(noise >= 0, "noise must be non-negative, got \(noise)")
      for index in points.indices { points[index] += 0 + noise * generator.standardNormal() }
    }
    return ToyDataset(x: Tensor(shape: [labels.count, 2], scalars: points), y: Tensor(labels))
  }
}
