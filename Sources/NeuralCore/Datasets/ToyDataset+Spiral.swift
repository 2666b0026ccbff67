extension ToyDataset {
  /// cs231n's spiral: `K` arms of `N` points each, one class per arm.
  ///
  /// cs231n's code, draw for draw: for class `j` in `0..<K`,
  /// ```
  /// r = linspace(0, 1, N)
  /// t = linspace(4j, 4(j + 1), N) + 0.2 · randn(N)
  /// x = [r sin(t), r cos(t)],  y = j
  /// ```
  ///
  /// - Returns: `x`: `[N·K, 2]`, `y`: `[N·K]` (examples in rows), class `j` in rows `N·j ..< N·(j+1)`.
  public static func spiral(pointsPerClass: Int = 100, classes: Int = 3, using generator: inout RandomState)
    -> ToyDataset
  {
    let n = pointsPerClass
    var x: [Double] = []
    var y: [Double] = []
    x.reserveCapacity(2 * n * classes)
    let r = ToyDataset.linspace(0, 1, count: n)
    for j in 0..<classes {
      let base = ToyDataset.linspace(Double(j * 4), Double((j + 1) * 4), count: n)
      let noise = generator.standardNormal(count: n)
      for i in 0..<n {
        let t = base[i] + noise[i] * 0.2
        x.append(r[i] * Elementary.sin(t))
        x.append(r[i] * Elementary.cos(t))
        y.append(Double(j))
      }
    }
    return ToyDataset(x: Tensor(shape: [n * classes, 2], scalars: x), y: Tensor(shape: [n * classes], scalars: y))
  }

  /// cs231n's spiral from a fresh `RandomState(seed)` (cs231n's notebooks seed 0).
  ///
  /// - Returns: `x`: `[N·K, 2]`, `y`: `[N·K]`.
  public static func spiral(pointsPerClass: Int = 100, classes: Int = 3, seed: UInt32 = 0) -> ToyDataset {
    var generator = RandomState(seed: seed)
    return spiral(pointsPerClass: pointsPerClass, classes: classes, using: &generator)
  }
}
