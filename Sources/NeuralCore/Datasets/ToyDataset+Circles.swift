extension ToyDataset {
  /// A small circle inside a large one, as scikit-learn's `make_circles`, draw for draw.
  ///
  /// The first `N/2` (rounded down) points lie on the unit circle (class 0), the others on a circle of
  /// radius `factor` (class 1), each evenly spaced without repeating the starting angle:
  /// ```
  /// outer: (cos s, sin s),                    s = linspace(0, 2π, N_out, endpoint=False)
  /// inner: (factor · cos s, factor · sin s),  s = linspace(0, 2π, N_in, endpoint=False)
  /// ```
  /// Then the rows are shuffled and `normal(0, noise, (N, 2))` is added, as in `moons`. The course's
  /// `np.random.seed(1); make_circles(n_samples=300, noise=.05)` is `circles(count: 300, noise: 0.05, seed: 1)`.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]` (examples in rows).
  /// - Precondition: `count >= 0`, `noise >= 0`.
  public static func circles(count: Int = 100, noise: Double? = nil, factor: Double = 0.8,
                             shuffle: Bool = true, using generator: inout RandomState) -> ToyDataset {
    precondition(count >= 0, "circles needs a non-negative count, got \(count)")
    let outer = count / 2
    let inner = count - outer
    var points: [Double] = []
    for s in ToyDataset.linspace(0, 2 * Double.pi, count: outer, endpoint: false) {
      points += [Elementary.cos(s), Elementary.sin(s)]
    }
    for s in ToyDataset.linspace(0, 2 * Double.pi, count: inner, endpoint: false) {
      points += [Elementary.cos(s) * factor, Elementary.sin(s) * factor]
    }
    let labels = [Double](repeating: 0, count: outer) + [Double](repeating: 1, count: inner)
    return finishTwoClassSet(points: points, labels: labels, noise: noise, shuffle: shuffle, using: &generator)
  }

  /// Two circles from a fresh `RandomState(seed)`.
  ///
  /// - Returns: `x`: `[N, 2]`, `y`: `[N]`.
  public static func circles(count: Int = 100, noise: Double? = nil, factor: Double = 0.8,
                             shuffle: Bool = true, seed: UInt32) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return circles(count: count, noise: noise, factor: factor, shuffle: shuffle, using: &generator)
  }
}
