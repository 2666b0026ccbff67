extension ToyDataset {
  /// The course's planar "flower": two classes of points on the petals of `r = 4 sin(4t)`.
  ///
  /// The course's `load_planar_dataset()`, draw for draw: for class `j` in 0 and 1, with `N` points
  /// per class,
  /// ```
  /// t = linspace(3.12 j, 3.12 (j + 1), N) + 0.2 · randn(N)
  /// r = 4 sin(4t) + 0.2 · randn(N)
  /// x = [r sin(t), r cos(t)],  y = j
  /// ```
  /// The course calls `np.random.seed(1)` first; `planarFlower()` does the same.
  ///
  /// - Returns: `x`: `[2, m]`, `y`: `[1, m]` with `m = 2N` (the course's `X.T`, `Y.T`: examples in
  ///   columns), class 0 in the first `N` columns.
  public static func planarFlower(pointsPerClass: Int = 200, using generator: inout RandomState) -> ToyDataset {
    let n = pointsPerClass
    let m = 2 * n
    let a = 4.0
    var x = [Double](repeating: 0, count: 2 * m)
    var y = [Double](repeating: 0, count: m)
    for j in 0..<2 {
      let base = ToyDataset.linspace(Double(j) * 3.12, Double(j + 1) * 3.12, count: n)
      let thetaNoise = generator.standardNormal(count: n)
      let t = (0..<n).map { base[$0] + thetaNoise[$0] * 0.2 }
      let radiusNoise = generator.standardNormal(count: n)
      for i in 0..<n {
        let r = a * Elementary.sin(4 * t[i]) + radiusNoise[i] * 0.2
        x[n * j + i] = r * Elementary.sin(t[i])
        x[m + n * j + i] = r * Elementary.cos(t[i])
        y[n * j + i] = Double(j)
      }
    }
    return ToyDataset(x: Tensor(shape: [2, m], scalars: x), y: Tensor(shape: [1, m], scalars: y))
  }

  /// The course's planar "flower" from a fresh `RandomState(seed)` (the course uses seed 1).
  ///
  /// - Returns: `x`: `[2, 400]`, `y`: `[1, 400]` for the defaults.
  public static func planarFlower(pointsPerClass: Int = 200, seed: UInt32 = 1) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return planarFlower(pointsPerClass: pointsPerClass, using: &generator)
  }
}
